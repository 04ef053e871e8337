// The visible rows as plain props for LadderRow: book quantity, own orders, touch and last-trade marks per price.
// Pure, so the grid recomputes it once per frame and memoised rows compare primitives.
import { text, toNumber, type Dec } from '../../../../shared/domain/decimal.js';
import type { BookFrame } from '../../../../shared/domain/market-data.js';
import { fillOf, fitQty } from './format.js';
import { bookByRow, priceOfRow, rowOf, type PriceGrid } from './ladder-model.js';
import type { LadderRowProps } from './LadderRow.js';
import type { OwnBySide } from './own-orders.js';

/** Characters a quantity may take in the bid, ask and own columns. */
const QTY_WIDTH = 9;

export interface RowsInput {
  readonly idPrefix: string;
  readonly grid: PriceGrid;
  readonly book: BookFrame | undefined;
  readonly lastPrice: string | undefined;
  readonly own: OwnBySide;
  readonly topRow: bigint;
  readonly count: number;
  readonly focusRow: bigint | null;
  readonly drag: { readonly side: 'buy' | 'sell'; readonly from: bigint; readonly over: bigint | null } | null;
}

export interface TouchRows {
  readonly bestBid: bigint | null;
  readonly bestAsk: bigint | null;
}

export function touchRows(grid: PriceGrid, book: BookFrame | undefined): TouchRows {
  const bid = book?.bids[0];
  const ask = book?.asks[0];
  return {
    bestBid: bid === undefined ? null : rowOf(grid, bid.price, 'down'),
    bestAsk: ask === undefined ? null : rowOf(grid, ask.price, 'up'),
  };
}

function maxOf(values: Iterable<Dec>): number {
  let m = 0;
  for (const v of values) m = Math.max(m, toNumber(v));
  return m;
}

export function buildRows(input: RowsInput): LadderRowProps[] {
  const { grid, book, own, topRow, count, focusRow, drag } = input;
  const bids = bookByRow(grid, book?.bids ?? [], 'down');
  const asks = bookByRow(grid, book?.asks ?? [], 'up');
  const { bestBid, bestAsk } = touchRows(grid, book);
  const lastRow = input.lastPrice === undefined ? null : rowOf(grid, input.lastPrice, 'nearest');
  const visible: { bid: Dec[]; ask: Dec[] } = { bid: [], ask: [] };
  for (let i = 0; i < count; i++) {
    const r = topRow - BigInt(i);
    const b = bids.get(r);
    const a = asks.get(r);
    if (b !== undefined) visible.bid.push(b);
    if (a !== undefined) visible.ask.push(a);
  }
  // Bars scale to the largest level on either side, so the two sides compare at a glance.
  const max = Math.max(maxOf(visible.bid), maxOf(visible.ask));
  const rows: LadderRowProps[] = [];
  for (let i = 0; i < count; i++) {
    const r = topRow - BigInt(i);
    const price = priceOfRow(grid, r);
    const b = bids.get(r);
    const a = asks.get(r);
    const ob = own.buy.get(r);
    const os = own.sell.get(r);
    const bidQty = b === undefined ? null : fitQty(b, QTY_WIDTH);
    const askQty = a === undefined ? null : fitQty(a, QTY_WIDTH);
    const ownBuy = ob === undefined ? null : fitQty(ob.qty, QTY_WIDTH);
    const ownSell = os === undefined ? null : fitQty(os.qty, QTY_WIDTH);
    const last = lastRow === r;
    const label = [
      price,
      b !== undefined ? `bid ${text(b)}` : '',
      a !== undefined ? `ask ${text(a)}` : '',
      ob !== undefined ? `your buys ${text(ob.qty)}${ob.pending ? ' pending' : ''}` : '',
      os !== undefined ? `your sells ${text(os.qty)}${os.pending ? ' pending' : ''}` : '',
      last ? 'last trade' : '',
    ]
      .filter(Boolean)
      .join(', ');
    rows.push({
      id: `${input.idPrefix}-${r.toString()}`,
      row: r.toString(),
      price,
      bidQty,
      askQty,
      bidFill: fillOf(b, max),
      askFill: fillOf(a, max),
      ownBuy,
      ownSell,
      ownBuyPending: ob?.pending ?? false,
      ownSellPending: os?.pending ?? false,
      bestBid: bestBid === r,
      bestAsk: bestAsk === r,
      inSpread: bestBid !== null && bestAsk !== null && r > bestBid && r < bestAsk,
      last,
      focused: focusRow === r,
      dropTarget: drag !== null && drag.over === r && drag.over !== drag.from,
      dragFrom: drag !== null && drag.from === r ? drag.side : null,
      label,
    });
  }
  return rows;
}
