// One-minute candles of one symbol built trade by trade (main process), exact: high/low compare and volume adds
// are done on shared/domain/decimal values, the texts shown are the venue's own. Bounded to the newest N buckets
// (a day by default); a late trade for a bucket still held updates it, one older than the window is dropped.

import type { Candle } from '../../shared/domain/market-data.js';
import { add, cmp, dec, text, type Dec } from '../../shared/domain/decimal.js';

export const CANDLE_SECONDS = 60;

interface Bucket {
  time: number;
  open: string;
  high: string;
  highDec: Dec;
  low: string;
  lowDec: Dec;
  close: string;
  volume: Dec;
  /** Times (epoch ms) of the trades that set open and close, so a late trade lands in the right place. */
  openAt: number;
  closeAt: number;
}

export class CandleSeries {
  /** Oldest first, strictly increasing time. */
  private readonly buckets: Bucket[] = [];

  constructor(readonly limit = 1440) {
    if (!(limit > 0)) throw new RangeError(`candle limit must be positive, got ${limit}`);
  }

  get size(): number {
    return this.buckets.length;
  }

  /** Adds one trade (time in epoch ms); returns the bucket start (epoch s) it landed in, or null if dropped. */
  add(price: string, qty: string, timeMs: number): number | null {
    const time = Math.floor(timeMs / 1000 / CANDLE_SECONDS) * CANDLE_SECONDS;
    const p = dec(price);
    const q = dec(qty);
    const b = this.buckets;
    const last = b[b.length - 1];
    if (last === undefined || time > last.time) {
      b.push(bucket(time, price, p, q, timeMs));
      if (b.length > this.limit) b.shift();
      return time;
    }
    const i = this.find(time);
    if (i < 0) {
      // A late trade in a minute that had none: insert it in order unless it is older than everything kept.
      const at = -i - 1;
      if (at === 0 && b.length >= this.limit) return null;
      b.splice(at, 0, bucket(time, price, p, q, timeMs));
      if (b.length > this.limit) b.shift();
      return time;
    }
    const c = b[i]!;
    if (cmp(p, c.highDec) > 0) {
      c.high = price;
      c.highDec = p;
    }
    if (cmp(p, c.lowDec) < 0) {
      c.low = price;
      c.lowDec = p;
    }
    if (timeMs < c.openAt) {
      c.open = price;
      c.openAt = timeMs;
    }
    if (timeMs >= c.closeAt) {
      c.close = price;
      c.closeAt = timeMs;
    }
    c.volume = add(c.volume, q);
    return time;
  }

  /** The candle starting at `time` (epoch s), or undefined. */
  candle(time: number): Candle | undefined {
    const i = this.find(time);
    return i < 0 ? undefined : view(this.buckets[i]!);
  }

  last(): Candle | undefined {
    const c = this.buckets[this.buckets.length - 1];
    return c === undefined ? undefined : view(c);
  }

  /** Oldest first. */
  toArray(): Candle[] {
    return this.buckets.map(view);
  }

  clear(): void {
    this.buckets.length = 0;
  }

  private find(time: number): number {
    const b = this.buckets;
    let lo = 0;
    let hi = b.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = b[mid]!.time;
      if (t < time) lo = mid + 1;
      else if (t > time) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }
}

function bucket(time: number, price: string, p: Dec, qty: Dec, at: number): Bucket {
  return {
    time,
    open: price,
    high: price,
    highDec: p,
    low: price,
    lowDec: p,
    close: price,
    volume: qty,
    openAt: at,
    closeAt: at,
  };
}

function view(c: Bucket): Candle {
  return { time: c.time, open: c.open, high: c.high, low: c.low, close: c.close, volume: text(c.volume) };
}
