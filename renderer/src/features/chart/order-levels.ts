// The trader's working orders on a symbol as price levels for the chart: one level per side and price (total
// remaining quantity, order count), and which of them carry an axis label. Under load a trader can have dozens of
// orders resting; one labelled line each stacks labels down the whole axis, so only the levels nearest the market
// on each side are labelled, a further band is drawn as quiet lines, and the rest is left to the blotter.
import { abs, add, cmp, dec, fixed, isZero, sub, text, type Dec } from '../../../../shared/domain/decimal.js';
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import { isTerminalStatus, type OrderView, type Side } from '../../../../shared/domain/orders.js';

/** Labelled levels per side, nearest the market first. */
export const LABELLED_PER_SIDE = 5;
/** Further levels per side drawn without a label; beyond them a level is not drawn. */
export const QUIET_PER_SIDE = 20;

export interface OrderLevel {
  /** side:price, the price in canonical decimal text (stable across "60000.0" and "60000"). */
  readonly key: string;
  readonly side: Side;
  readonly price: DecimalText;
  /** Sum of the level's orders' leaves quantities. */
  readonly qty: DecimalText;
  readonly count: number;
  readonly labelled: boolean;
}

export interface OrderLevels {
  /** Levels drawn, labelled ones first on each side. */
  readonly levels: readonly OrderLevel[];
  /** Working orders with a price on the symbol (all of them, drawn or not). */
  readonly orders: number;
  /** Levels not drawn (beyond LABELLED_PER_SIDE + QUIET_PER_SIDE on a side). */
  readonly omitted: number;
}

interface Acc {
  side: Side;
  price: Dec;
  qty: Dec;
  count: number;
}

/**
 * Groups `orders` (any symbol's working orders) into levels and picks the labelled ones: nearest to `reference`
 * (the last trade) by absolute distance; without a reference, the highest buys and the lowest sells.
 */
export function orderLevels(
  orders: readonly OrderView[],
  reference: DecimalText | null,
  labelled = LABELLED_PER_SIDE,
  quiet = QUIET_PER_SIDE,
): OrderLevels {
  const byKey = new Map<string, Acc>();
  let count = 0;
  for (const o of orders) {
    if (o.price === null || isTerminalStatus(o.status)) continue;
    const leaves = dec(o.leavesQty);
    if (isZero(leaves)) continue;
    count++;
    const price = dec(o.price);
    const key = `${o.side}:${text(price)}`;
    const acc = byKey.get(key);
    if (acc === undefined) byKey.set(key, { side: o.side, price, qty: leaves, count: 1 });
    else {
      acc.qty = add(acc.qty, leaves);
      acc.count++;
    }
  }
  const ref = reference === null ? null : dec(reference);
  const levels: OrderLevel[] = [];
  let omitted = 0;
  for (const side of ['buy', 'sell'] as const) {
    const ranked = [...byKey.entries()].filter(([, a]) => a.side === side).sort(([, a], [, b]) => nearer(a, b, ref));
    ranked.forEach(([key, a], i) => {
      if (i >= labelled + quiet) {
        omitted++;
        return;
      }
      levels.push({ key, side, price: text(a.price), qty: text(a.qty), count: a.count, labelled: i < labelled });
    });
  }
  return { levels, orders: count, omitted };
}

/** Sort order: nearer the reference first (ties: the higher price); no reference: best price for the side first. */
function nearer(a: Acc, b: Acc, ref: Dec | null): number {
  if (ref === null) return a.side === 'buy' ? cmp(b.price, a.price) : cmp(a.price, b.price);
  return cmp(abs(sub(a.price, ref)), abs(sub(b.price, ref))) || cmp(b.price, a.price);
}

/** The axis label: side letter, total remaining quantity and, for more than one order, the count ("B 0.006 ×3"). */
export function levelTitle(level: OrderLevel): string {
  const side = level.side === 'buy' ? 'B' : 'S';
  return level.count > 1 ? `${side} ${level.qty} ×${level.count}` : `${side} ${level.qty}`;
}

/** The chart's levels in words for screen readers (the canvas labels are not in the accessibility tree). */
export function describeLevels(result: OrderLevels, priceDecimals: number | undefined): string {
  if (result.orders === 0) return 'No working orders on this instrument.';
  const price = (p: DecimalText): string => (priceDecimals === undefined ? p : fixed(dec(p), priceDecimals));
  const named = result.levels
    .filter((l) => l.labelled)
    .map((l) => `${l.side} ${l.qty}${l.count > 1 ? ` in ${l.count} orders` : ''} at ${price(l.price)}`);
  const levels = result.levels.length + result.omitted;
  const orders = `${result.orders} working order${result.orders === 1 ? '' : 's'} at ${levels} price level${levels === 1 ? '' : 's'}`;
  return `${orders}; labelled nearest the market: ${named.join('; ')}.`;
}
