// Above the ladder: the quantity every click sends (with the symbol's presets), the rows' tick multiple, re-centre,
// and cancel-all by side for the symbol.
import { useId, type ReactNode } from 'react';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { Side } from '../../../../shared/domain/orders.js';
import { TICK_MULTIPLES } from './ladder-model.js';

interface Props {
  inst: InstrumentInfo | undefined;
  qty: string;
  qtyError: string | undefined;
  presets: readonly string[];
  ticksPerRow: number;
  onQty(qty: string): void;
  onTicks(ticks: number): void;
  onCentre(): void;
  onCancel(side: Side | null): void;
}

export function LadderToolbar(p: Props): ReactNode {
  const id = useId();
  const unit = p.inst?.base ?? '';
  return (
    <div className="ld-toolbar">
      <div className="ld-tool-line">
        <label htmlFor={`${id}-qty`} className="ld-tool-label">
          Qty
        </label>
        <input
          id={`${id}-qty`}
          className={`ld-qty${p.qtyError !== undefined ? ' invalid' : ''}`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={p.qty}
          aria-invalid={p.qtyError !== undefined}
          aria-describedby={p.qtyError !== undefined ? `${id}-qty-error` : undefined}
          title={`Quantity of every ladder click, in ${unit}`}
          onChange={(e) => p.onQty(e.currentTarget.value)}
        />
        <span className="ld-presets" role="group" aria-label="Ladder quantity presets">
          {p.presets.map((q) => (
            <button
              key={q}
              type="button"
              className={`ld-preset${q === p.qty ? ' chosen' : ''}`}
              aria-label={`Ladder quantity ${q} ${unit}`}
              aria-pressed={q === p.qty}
              onClick={() => p.onQty(q)}
            >
              {q}
            </button>
          ))}
        </span>
      </div>
      {p.qtyError !== undefined && (
        <p id={`${id}-qty-error`} className="ld-qty-error">
          {p.qtyError}
        </p>
      )}
      <div className="ld-tool-line">
        <label htmlFor={`${id}-ticks`} className="ld-tool-label">
          Row
        </label>
        <select
          id={`${id}-ticks`}
          className="ld-ticks"
          value={p.ticksPerRow}
          title="Price step of one row, in ticks"
          onChange={(e) => p.onTicks(Number(e.currentTarget.value))}
        >
          {TICK_MULTIPLES.map((m) => (
            <option key={m} value={m}>
              {m === 1 ? `1 tick${p.inst ? ` (${p.inst.tickSize})` : ''}` : `${m} ticks`}
            </option>
          ))}
        </select>
        <button type="button" className="ld-btn" aria-keyshortcuts="C" title="Centre on the spread (C)" onClick={p.onCentre}>
          Centre
        </button>
      </div>
      <div className="ld-cancels" role="group" aria-label="Cancel working orders on this symbol">
        <button type="button" className="ld-btn buy" onClick={() => p.onCancel('buy')}>
          Cancel bids
        </button>
        <button type="button" className="ld-btn sell" onClick={() => p.onCancel('sell')}>
          Cancel asks
        </button>
        <button type="button" className="ld-btn danger" onClick={() => p.onCancel(null)}>
          Cancel all
        </button>
      </div>
    </div>
  );
}
