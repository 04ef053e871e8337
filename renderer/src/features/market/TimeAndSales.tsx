// Time and sales for the active symbol: newest print first, time to the millisecond, price coloured by the
// aggressor's side with the tick direction, quantity. Bounded by the market slice (MAX_TRADES_PER_SYMBOL) and
// windowed, so a busy tape re-renders only the rows in view. Scrolled away from the top, the view holds still
// while prints arrive, and says how many are above.
import { memo, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { useWorkstationStore } from '../../state/store.js';
import { Digits } from './Digits.js';
import { formatPrice, formatQty, formatTimeMs } from './format.js';
import { tapeRows, type TapeRow } from './tape-rows.js';
import { useActiveSymbol, useInstrument } from './use-instrument.js';
import { useVirtualRows } from './use-virtual-rows.js';
import './market.css';

/** Must match .tape-table tbody tr height in market.css. */
const ROW_H = 20;
const TICK_MARK = { up: '▲', down: '▼', flat: '' } as const;
const SIDE_LABEL = { buy: 'B', sell: 'S' } as const;

const TapeLine = memo(function TapeLine({ row, inst }: { row: TapeRow; inst: InstrumentInfo | undefined }): ReactNode {
  const t = row.trade;
  const side = t.side ?? 'none';
  return (
    <tr className={`tape-row aggr-${side}`} data-side={side} data-tick={row.tick}>
      <td className="num time">{formatTimeMs(t.time)}</td>
      <td className="num price">
        <span className="tick-mark" aria-label={row.tick === 'flat' ? undefined : `tick ${row.tick}`}>
          {TICK_MARK[row.tick]}
        </span>
        {formatPrice(t.price, inst)}
      </td>
      <td className="num qty">
        <Digits text={formatQty(t.qty, inst)} />
      </td>
      <td
        className="aggressor"
        title={
          t.side === null ? 'Aggressor not reported' : `${t.side === 'buy' ? 'Buyer' : 'Seller'} was the aggressor`
        }
      >
        {t.side === null ? '·' : SIDE_LABEL[t.side]}
      </td>
    </tr>
  );
});

export function TimeAndSalesPanel(): ReactNode {
  const symbol = useActiveSymbol();
  useMarketSubscription(symbol);
  const inst = useInstrument(symbol);
  const trades = useWorkstationStore((s) => (symbol === null ? undefined : s.trades[symbol]));
  const rows = useMemo(() => tapeRows(trades ?? []), [trades]);
  const scroller = useRef<HTMLDivElement>(null);
  const win = useVirtualRows(scroller, ROW_H, rows.length);
  const newest = useRef<number | null>(null);
  const [above, setAbove] = useState(0);

  // Keep the rows under the reader's eyes still when prints arrive above them.
  useLayoutEffect(() => {
    const el = scroller.current;
    const head = rows[0]?.key ?? null;
    const prev = newest.current;
    newest.current = head;
    if (el === null || prev === null || head === null || head === prev) return;
    const added = rows.findIndex((r) => r.key === prev);
    if (el.scrollTop > 0 && added > 0) {
      el.scrollTop += added * ROW_H;
      setAbove((n) => n + added);
    }
  }, [rows]);

  if (symbol === null) {
    return (
      <section className="market-panel time-and-sales" aria-label="Time and sales">
        <p className="market-empty">No instrument selected: choose one in the chart header.</p>
      </section>
    );
  }
  return (
    <section className="market-panel time-and-sales" aria-labelledby="tape-title" data-symbol={symbol}>
      <header className="market-header">
        <h2 className="ws-panel-title" id="tape-title">
          Time and sales <span className="ws-panel-symbol">{symbol}</span>
        </h2>
        <span className="market-hint" data-testid="tape-count">
          {rows.length} {rows.length === 1 ? 'print' : 'prints'}
        </span>
        {above > 0 && (
          <button
            type="button"
            className="tape-latest"
            onClick={() => {
              if (scroller.current !== null) scroller.current.scrollTop = 0;
              setAbove(0);
            }}
          >
            {above} newer ↑
          </button>
        )}
      </header>
      <div
        className="tape-scroll"
        ref={scroller}
        tabIndex={0}
        aria-label={`Time and sales ${symbol}, newest first`}
        onScroll={(e) => {
          if (e.currentTarget.scrollTop === 0) setAbove(0);
        }}
      >
        <table className="tape-table" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              <th scope="col" className="num">
                Time
              </th>
              <th scope="col" className="num">
                Price
              </th>
              <th scope="col" className="num">
                Qty
              </th>
              <th scope="col" title="Aggressor side: B buyer lifted the offer, S seller hit the bid">
                Side
              </th>
            </tr>
          </thead>
          <tbody>
            {win.padTop > 0 && <tr className="tape-pad" style={{ height: win.padTop }} aria-hidden="true" />}
            {rows.slice(win.start, win.end).map((r) => (
              <TapeLine key={r.key} row={r} inst={inst} />
            ))}
            {win.padBottom > 0 && <tr className="tape-pad" style={{ height: win.padBottom }} aria-hidden="true" />}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="market-empty">
                  No trades yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
