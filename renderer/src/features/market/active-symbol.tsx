// The workstation's active symbol (ui.activeSymbol), which every market panel and the ticket follow, as the
// instrument pickers offer it. With nothing chosen yet the venue's first instrument is picked as soon as the list
// arrives, so a fresh workstation opens on a live market rather than blanks.
import { useEffect, type ReactNode } from 'react';
import { useWorkstationStore } from '../../state/store.js';

export interface ActiveSymbol {
  readonly symbols: readonly string[];
  readonly active: string | null;
  setActive(symbol: string): void;
}

export function useActiveSymbol(): ActiveSymbol {
  const symbols = useWorkstationStore((s) => s.instrumentOrder);
  const active = useWorkstationStore((s) => s.activeSymbol);
  const setActive = useWorkstationStore((s) => s.setActiveSymbol);
  useEffect(() => {
    const first = symbols[0];
    if (active === null && first !== undefined) setActive(first);
  }, [active, symbols, setActive]);
  return { symbols, active, setActive };
}

/** The <option>s of a picker: a placeholder until one is chosen, a symbol no longer listed kept, status shown. */
export function ActiveSymbolOptions({ symbols, active }: Pick<ActiveSymbol, 'symbols' | 'active'>): ReactNode {
  const instruments = useWorkstationStore((s) => s.instruments);
  return (
    <>
      {active === null && <option value="">{symbols.length === 0 ? 'No instruments yet' : 'Choose…'}</option>}
      {active !== null && !symbols.includes(active) && <option value={active}>{active}</option>}
      {symbols.map((s) => {
        const status = instruments[s]?.status;
        return (
          <option key={s} value={s}>
            {status !== undefined && status !== 'online' ? `${s} (${status.replace('_', ' ')})` : s}
          </option>
        );
      })}
    </>
  );
}
