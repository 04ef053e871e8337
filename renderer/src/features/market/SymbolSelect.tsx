// The instrument picker every market panel follows (ui.activeSymbol). With nothing chosen yet it picks the venue's
// first instrument as soon as the list arrives, so a fresh workstation opens on a live market rather than blanks.
import { useEffect, useId, type ReactNode } from 'react';
import { useWorkstationStore } from '../../state/store.js';

export function SymbolSelect({ label = 'Instrument' }: { label?: string }): ReactNode {
  const id = useId();
  const symbols = useWorkstationStore((s) => s.instrumentOrder);
  const instruments = useWorkstationStore((s) => s.instruments);
  const active = useWorkstationStore((s) => s.activeSymbol);
  const setActive = useWorkstationStore((s) => s.setActiveSymbol);

  useEffect(() => {
    const first = symbols[0];
    if (active === null && first !== undefined) setActive(first);
  }, [active, symbols, setActive]);

  return (
    <span className="symbol-select">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={active ?? ''}
        disabled={symbols.length === 0}
        title={`${label} shown by the chart, book, depth and tape`}
        onChange={(e) => setActive(e.currentTarget.value)}
      >
        {active === null && <option value="">{symbols.length === 0 ? 'No instruments' : 'Choose…'}</option>}
        {active !== null && !symbols.includes(active) && <option value={active}>{active}</option>}
        {symbols.map((s) => (
          <option key={s} value={s}>
            {s}
            {instruments[s]?.status !== undefined && instruments[s]?.status !== 'online'
              ? ` (${instruments[s]?.status})`
              : ''}
          </option>
        ))}
      </select>
    </span>
  );
}
