// Cumulative depth of a BookFrame resampled onto an even price grid. lightweight-charts spaces horizontal points by
// index, not by value, even on its price-based (options) horizontal scale: plotting the book's own levels would put
// a 1-tick gap and a 40-tick gap the same width apart and squeeze the spread to one slot. Sampling both sides on
// one grid of whole ticks (every k-th tick, at most MAX_POINTS points) makes index proportional to price, so the
// curve's shape, the spread gap and the mid line land where they belong. Sums are exact (decimal.ts); numbers are
// produced only as chart coordinates.
import { add, cmp, dec, div, toNumber, ZERO, type Dec } from '../../../../shared/domain/decimal.js';
import type { BookFrame, BookLevel } from '../../../../shared/domain/market-data.js';

export const MAX_POINTS = 320;

export interface DepthPoint {
  /** Grid price as a chart coordinate (the options chart's horizontal item). */
  readonly x: number;
  readonly price: Dec;
  /** Bids at or above this price (null outside the bid side). */
  readonly bid: Dec | null;
  /** Asks at or below this price (null outside the ask side). */
  readonly ask: Dec | null;
}

export interface DepthCurve {
  readonly points: readonly DepthPoint[];
  readonly mid: Dec | null;
  /** Best ask − best bid, null unless both sides have a level. */
  readonly spread: Dec | null;
  /** The mid as a fractional point index, for the mid line. */
  readonly midIndex: number | null;
  readonly bidTotal: Dec;
  readonly askTotal: Dec;
  /** Grid step in price (a whole number of ticks). */
  readonly step: Dec;
}

const EMPTY: DepthCurve = {
  points: [],
  mid: null,
  spread: null,
  midIndex: null,
  bidTotal: ZERO,
  askTotal: ZERO,
  step: ZERO,
};

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

interface Level {
  readonly u: bigint;
  readonly qty: Dec;
}

export function depthCurve(book: BookFrame | undefined, tickSize: Dec, maxPoints = MAX_POINTS): DepthCurve {
  if (book === undefined || (book.bids.length === 0 && book.asks.length === 0) || tickSize.units <= 0n) return EMPTY;
  const all: readonly BookLevel[] = [...book.bids, ...book.asks];
  // One integer scale for every price and the tick, so the grid is plain bigint arithmetic.
  const scale = Math.max(tickSize.scale, ...all.map((l) => dec(l.price).scale));
  const units = (d: Dec): bigint => d.units * pow10(scale - d.scale);
  const level = (l: BookLevel): Level => ({ u: units(dec(l.price)), qty: dec(l.qty) });
  const bids = book.bids.map(level);
  const asks = book.asks.map(level);
  const bestBid = bids[0];
  const bestAsk = asks[0];
  const anchor = bestBid ?? bestAsk;
  if (anchor === undefined) return EMPTY;
  // A one-sided book is centred on its best price.
  const midU2 = bestBid !== undefined && bestAsk !== undefined ? bestBid.u + bestAsk.u : 2n * anchor.u;
  const mid = div({ units: midU2, scale }, { units: 2n, scale: 0 }, scale + 1);
  const lowU = bids[bids.length - 1]?.u ?? anchor.u;
  const highU = asks[asks.length - 1]?.u ?? anchor.u;
  const tickU = units(tickSize);
  // Symmetric about the mid, so the mid sits in the middle of the panel and the two sides compare by eye.
  let half2 = midU2 - 2n * lowU > 2n * highU - midU2 ? midU2 - 2n * lowU : 2n * highU - midU2;
  if (half2 < 20n * tickU) half2 = 20n * tickU;
  const fromU = floorDiv(midU2 - half2, 2n);
  const toU = ceilDiv(midU2 + half2, 2n);
  const k = ceilDiv(toU - fromU, tickU * BigInt(maxPoints));
  const stepU = tickU * (k > 1n ? k : 1n);
  const startU = floorDiv(fromU, stepU) * stepU;
  const count = Number((ceilDiv(toU, stepU) * stepU - startU) / stepU) + 1;

  const xs: bigint[] = Array.from({ length: count }, (_, i) => startU + BigInt(i) * stepU);
  const bidAt: (Dec | null)[] = new Array<Dec | null>(count).fill(null);
  const askAt: (Dec | null)[] = new Array<Dec | null>(count).fill(null);
  let sum = ZERO;
  let j = 0;
  for (let i = count - 1; i >= 0 && bestBid !== undefined; i--) {
    const x = xs[i] as bigint;
    if (x > bestBid.u) continue;
    while (j < bids.length && (bids[j] as Level).u >= x) sum = add(sum, (bids[j++] as Level).qty);
    bidAt[i] = sum;
  }
  const bidTotal = bids.reduce((s, l) => add(s, l.qty), ZERO);
  sum = ZERO;
  j = 0;
  for (let i = 0; i < count && bestAsk !== undefined; i++) {
    const x = xs[i] as bigint;
    if (x < bestAsk.u) continue;
    while (j < asks.length && (asks[j] as Level).u <= x) sum = add(sum, (asks[j++] as Level).qty);
    askAt[i] = sum;
  }
  const askTotal = asks.reduce((s, l) => add(s, l.qty), ZERO);
  const points = xs.map((u, i) => {
    const price: Dec = { units: u, scale };
    return { x: toNumber(price), price, bid: bidAt[i] ?? null, ask: askAt[i] ?? null };
  });
  const twoSided = bestBid !== undefined && bestAsk !== undefined;
  const midIndex = Number(midU2 - 2n * startU) / Number(2n * stepU);
  return {
    points,
    mid: twoSided ? mid : null,
    spread: twoSided ? { units: bestAsk.u - bestBid.u, scale } : null,
    midIndex: twoSided ? midIndex : null,
    bidTotal,
    askTotal,
    step: { units: stepU, scale },
  };
}

/** Bid share of the quantity in view, in percent (0..100), or null for an empty book. */
export function bidShare(curve: DepthCurve): Dec | null {
  const total = add(curve.bidTotal, curve.askTotal);
  return cmp(total, ZERO) === 0
    ? null
    : div({ units: curve.bidTotal.units * 100n, scale: curve.bidTotal.scale }, total, 1);
}
