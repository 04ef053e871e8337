// The trader's own working limit orders on the ladder's symbol, gathered per row and side. Only plain limit orders
// rest at a price a ladder can show: an untriggered stop sits at no level yet. An amend the ladder sent shows at the
// row it is going to (pending) rather than where it was, until the order view settles.
import { add, isZero, sub, tryDec, type Dec } from '../../../../shared/domain/decimal.js';
import { isTerminalStatus, type OrderView, type Side } from '../../../../shared/domain/orders.js';
import type { PriceGrid } from './ladder-model.js';
import { rowOf } from './ladder-model.js';

export interface OwnLevel {
  readonly qty: Dec;
  readonly orders: readonly OrderView[];
  /** Some order here awaits the venue: new, cancel or amend in flight. */
  readonly pending: boolean;
}

export type OwnBySide = Readonly<Record<Side, ReadonlyMap<bigint, OwnLevel>>>;

const IN_FLIGHT = new Set(['pending-new', 'pending-cancel', 'pending-replace']);

/** Left to fill on a working limit order with a price; null for anything the ladder does not show. */
export function workingQty(o: OrderView): Dec | null {
  if (o.type !== 'limit' || o.price === null || isTerminalStatus(o.status)) return null;
  const leaves = tryDec(o.leavesQty);
  if (leaves !== null && !isZero(leaves)) return leaves;
  // Before the venue's first answer leavesQty can still read 0: the whole order is what will rest.
  const qty = tryDec(o.qty);
  const cum = tryDec(o.cumQty);
  if (o.status !== 'pending-new' || qty === null) return null;
  const left = cum === null ? qty : sub(qty, cum);
  return isZero(left) ? null : left;
}

export function ownLevels(
  orders: Readonly<Record<string, OrderView>>,
  symbol: string,
  grid: PriceGrid,
  /** orderKey → row the ladder moved it to and is waiting on. */
  movedTo: ReadonlyMap<string, bigint>,
): OwnBySide {
  const buy = new Map<bigint, OwnLevel>();
  const sell = new Map<bigint, OwnLevel>();
  for (const o of Object.values(orders)) {
    if (o.symbol !== symbol) continue;
    const qty = workingQty(o);
    if (qty === null || o.price === null) continue;
    const moved = movedTo.get(o.orderKey);
    const row = moved ?? rowOf(grid, o.price, o.side === 'buy' ? 'down' : 'up');
    if (row === null) continue;
    const map = o.side === 'buy' ? buy : sell;
    const prev = map.get(row);
    const pending = moved !== undefined || IN_FLIGHT.has(o.status);
    map.set(
      row,
      prev === undefined
        ? { qty, orders: [o], pending }
        : { qty: add(prev.qty, qty), orders: [...prev.orders, o], pending: prev.pending || pending },
    );
  }
  return { buy, sell };
}
