// One price level of the ladder. Every prop is a primitive, so React.memo skips a row whose numbers did not change:
// a busy book repaints only the levels that moved. Events are handled once on the grid (LadderGrid), which reads
// the row and column from data attributes.
import { memo, type ReactNode } from 'react';

export interface LadderRowProps {
  readonly id: string;
  /** The row number as text (bigint), for the grid's event handlers. */
  readonly row: string;
  readonly price: string;
  readonly bidQty: string | null;
  readonly askQty: string | null;
  readonly bidFill: number;
  readonly askFill: number;
  readonly ownBuy: string | null;
  readonly ownSell: string | null;
  readonly ownBuyPending: boolean;
  readonly ownSellPending: boolean;
  readonly bestBid: boolean;
  readonly bestAsk: boolean;
  /** Strictly between the best bid and the best ask. */
  readonly inSpread: boolean;
  readonly last: boolean;
  readonly focused: boolean;
  readonly dropTarget: boolean;
  readonly dragFrom: 'buy' | 'sell' | null;
  readonly label: string;
}

function cls(...names: (string | false)[]): string {
  return names.filter(Boolean).join(' ');
}

export const LadderRow = memo(function LadderRow(p: LadderRowProps): ReactNode {
  return (
    <div
      id={p.id}
      role="row"
      aria-label={p.label}
      aria-selected={p.focused}
      data-row={p.row}
      data-price={p.price}
      className={cls(
        'ld-row',
        p.inSpread && 'in-spread',
        p.last && 'last',
        p.focused && 'focused',
        p.dropTarget && 'drop-target',
      )}
    >
      <span
        role="gridcell"
        data-col="own-buy"
        className={cls('ld-cell own buy', p.ownBuy !== null && 'has', p.ownBuyPending && 'pending', p.dragFrom === 'buy' && 'dragging')}
        title={p.ownBuy !== null ? 'Your buy orders: drag to amend, right-click to cancel' : undefined}
      >
        {p.ownBuy}
      </span>
      <span
        role="gridcell"
        data-col="bid"
        className={cls('ld-cell bid', p.bestBid && 'best', p.bidQty !== null && 'has-bar')}
        style={p.bidQty !== null ? { backgroundSize: `${p.bidFill}% 100%` } : undefined}
      >
        {p.bidQty}
      </span>
      <span role="rowheader" data-col="price" className="ld-cell price">
        {p.price}
      </span>
      <span
        role="gridcell"
        data-col="ask"
        className={cls('ld-cell ask', p.bestAsk && 'best', p.askQty !== null && 'has-bar')}
        style={p.askQty !== null ? { backgroundSize: `${p.askFill}% 100%` } : undefined}
      >
        {p.askQty}
      </span>
      <span
        role="gridcell"
        data-col="own-sell"
        className={cls('ld-cell own sell', p.ownSell !== null && 'has', p.ownSellPending && 'pending', p.dragFrom === 'sell' && 'dragging')}
        title={p.ownSell !== null ? 'Your sell orders: drag to amend, right-click to cancel' : undefined}
      >
        {p.ownSell}
      </span>
    </div>
  );
});
