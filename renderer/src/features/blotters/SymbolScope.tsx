// The working-orders blotter's symbol scope: narrows the rows shown and what "Cancel all" cancels.
import { useId, type ReactNode } from 'react';
import { useWorkstationStore } from '../../state/store.js';

export function SymbolScope({
  value,
  onChange,
}: {
  readonly value: string | null;
  readonly onChange: (symbol: string | null) => void;
}): ReactNode {
  const id = useId();
  const symbols = useWorkstationStore((s) => s.instrumentOrder);
  const options = value !== null && !symbols.includes(value) ? [value, ...symbols] : symbols;
  return (
    <span className="ws-toolbar-field">
      <label htmlFor={id}>Symbol</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">All</option>
        {options.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </span>
  );
}
