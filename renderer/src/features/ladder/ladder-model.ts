// The ladder's price grid: row r stands for the price r × step, where step is the tick size times the rows' tick
// multiple (1 on a tight market: one row per tick). Prices become row numbers exactly (bigint), so a level is
// matched to its row without floating point. With a multiple above 1, bids and own buys fall to the row at or
// below their price and asks and own sells to the row at or above, so the touch never shares a row.
import { add, fixed, tryDec, type Dec } from '../../../../shared/domain/decimal.js';
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { BookFrame, BookLevel } from '../../../../shared/domain/market-data.js';

export interface PriceGrid {
  /** Scale every price is compared at: the larger of the tick's and the instrument's price decimals. */
  readonly scale: number;
  /** One row, in units of 10^-scale. */
  readonly stepUnits: bigint;
  readonly priceDecimals: number;
  readonly ticksPerRow: number;
}

export type Rounding = 'down' | 'up' | 'nearest';

function unitsAt(d: Dec, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

export function gridOf(inst: InstrumentInfo, ticksPerRow: number): PriceGrid | null {
  const tick = tryDec(inst.tickSize);
  if (tick === null || tick.units <= 0n) return null;
  const scale = Math.max(tick.scale, inst.priceDecimals);
  return {
    scale,
    stepUnits: unitsAt(tick, scale) * BigInt(ticksPerRow),
    priceDecimals: inst.priceDecimals,
    ticksPerRow,
  };
}

/** The row a price belongs to. Prices finer than the grid's scale are rounded as asked too. */
export function rowOf(grid: PriceGrid, price: DecimalText, rounding: Rounding): bigint | null {
  const d = tryDec(price);
  if (d === null) return null;
  // Work at the finer of the two scales so digits beyond the grid still count for 'up' and 'nearest'.
  const u = d.scale <= grid.scale ? unitsAt(d, grid.scale) : d.units;
  const step = d.scale <= grid.scale ? grid.stepUnits : grid.stepUnits * 10n ** BigInt(d.scale - grid.scale);
  const q = u / step;
  const r = u % step;
  if (r === 0n) return q;
  if (rounding === 'down') return q;
  if (rounding === 'up') return q + 1n;
  return 2n * r >= step ? q + 1n : q;
}

export function priceOfRow(grid: PriceGrid, row: bigint): DecimalText {
  return fixed({ units: row * grid.stepUnits, scale: grid.scale }, grid.priceDecimals);
}

/** Row of the mid between the touch, else whichever side exists, else the last trade; null with none. */
export function centreRow(
  grid: PriceGrid,
  book: BookFrame | undefined,
  lastPrice: DecimalText | undefined,
): bigint | null {
  const bid = book?.bids[0];
  const ask = book?.asks[0];
  if (bid !== undefined && ask !== undefined) {
    const b = rowOf(grid, bid.price, 'down');
    const a = rowOf(grid, ask.price, 'up');
    if (b !== null && a !== null) return (a + b) / 2n;
  }
  const one = bid ?? ask;
  if (one !== undefined) return rowOf(grid, one.price, 'nearest');
  return lastPrice === undefined ? null : rowOf(grid, lastPrice, 'nearest');
}

/** Book quantity per row (levels sharing a row add up), as exact decimals. */
export function bookByRow(grid: PriceGrid, levels: readonly BookLevel[], rounding: Rounding): Map<bigint, Dec> {
  const out = new Map<bigint, Dec>();
  for (const l of levels) {
    const row = rowOf(grid, l.price, rounding);
    const q = tryDec(l.qty);
    if (row === null || q === null) continue;
    const prev = out.get(row);
    out.set(row, prev === undefined ? q : add(prev, q));
  }
  return out;
}

/** Rows per tick multiple offered in the toolbar. */
export const TICK_MULTIPLES: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/**
 * The multiple a symbol starts with: 1 (one row per tick) unless the spread is so wide in ticks that the touch would
 * not fit on the ladder; then the smallest multiple that shows the spread in about a quarter of the rows.
 */
export function initialTicksPerRow(inst: InstrumentInfo, book: BookFrame, rows: number): number {
  const bid = book.bids[0];
  const ask = book.asks[0];
  const tick = tryDec(inst.tickSize);
  if (bid === undefined || ask === undefined || tick === null || tick.units <= 0n) return 1;
  const one = gridOf(inst, 1);
  if (one === null) return 1;
  const b = rowOf(one, bid.price, 'down');
  const a = rowOf(one, ask.price, 'up');
  if (a === null || b === null) return 1;
  const spreadTicks = Number(a - b);
  const room = Math.max(2, Math.floor(rows / 4));
  return TICK_MULTIPLES.find((m) => spreadTicks / m <= room) ?? TICK_MULTIPLES[TICK_MULTIPLES.length - 1] ?? 1;
}
