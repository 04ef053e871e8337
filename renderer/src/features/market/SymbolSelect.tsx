// The instrument picker in the market panels' headers (the active symbol, active-symbol.tsx).
import { useId, type ReactNode } from 'react';
import { ActiveSymbolOptions, useActiveSymbol } from './active-symbol.js';

export function SymbolSelect({ label = 'Instrument' }: { label?: string }): ReactNode {
  const id = useId();
  const { symbols, active, setActive } = useActiveSymbol();

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
        <ActiveSymbolOptions symbols={symbols} active={active} />
      </select>
    </span>
  );
}
