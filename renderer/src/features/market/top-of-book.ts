// What the top-of-book panel shows, computed exactly from a BookFrame, the tape and the candles (decimal.ts: no
// float ever decides which price is higher).
import { add, cmp, dec, ZERO, type Dec } from '../../../../shared/domain/decimal.js';
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import type { BookFrame, Candle, TradePrint } from '../../../../shared/domain/market-data.js';
import { midOf, spreadBps, spreadOf } from './format.js';

export interface TopOfBook {
  readonly bid: DecimalText | null;
  readonly bidQty: DecimalText | null;
  readonly ask: DecimalText | null;
  readonly askQty: DecimalText | null;
  readonly spread: Dec | null;
  readonly spreadBps: Dec | null;
  readonly mid: Dec | null;
  /** Best bid at or above best ask: the venue's book is momentarily crossed or locked. */
  readonly crossed: boolean;
}

export function topOfBook(book: BookFrame | undefined, priceDecimals: number): TopOfBook {
  const bid = book?.bids[0];
  const ask = book?.asks[0];
  if (bid === undefined || ask === undefined) {
    return {
      bid: bid?.price ?? null,
      bidQty: bid?.qty ?? null,
      ask: ask?.price ?? null,
      askQty: ask?.qty ?? null,
      spread: null,
      spreadBps: null,
      mid: null,
      crossed: false,
    };
  }
  const spread = spreadOf(bid.price, ask.price);
  const mid = midOf(bid.price, ask.price, priceDecimals);
  return {
    bid: bid.price,
    bidQty: bid.qty,
    ask: ask.price,
    askQty: ask.qty,
    spread,
    spreadBps: spreadBps(spread, mid),
    mid,
    crossed: cmp(dec(bid.price), dec(ask.price)) >= 0,
  };
}

export interface SessionRange {
  readonly high: DecimalText;
  readonly low: DecimalText;
  readonly volume: Dec;
  /** Seconds covered by the candles used (up to a day). */
  readonly spanSec: number;
}

const DAY_SEC = 86_400;

/** High, low and volume over the last 24 hours of one-minute candles (as much of them as the renderer holds). */
export function dayRange(candles: readonly Candle[] | undefined): SessionRange | null {
  const last = candles?.[candles.length - 1];
  if (candles === undefined || last === undefined) return null;
  const from = last.time - DAY_SEC + 60;
  let high = last.high;
  let low = last.low;
  let volume: Dec = ZERO;
  let first = last.time;
  for (let i = candles.length - 1; i >= 0; i--) {
    const c = candles[i];
    if (c === undefined || c.time < from) break;
    if (cmp(dec(c.high), dec(high)) > 0) high = c.high;
    if (cmp(dec(c.low), dec(low)) < 0) low = c.low;
    volume = add(volume, dec(c.volume));
    first = c.time;
  }
  return { high, low, volume, spanSec: last.time - first + 60 };
}

export type Tick = 'up' | 'down' | 'flat';

/** Tick direction of each print against the one before it (zero-plus / zero-minus ticks keep their direction). */
export function tickOf(trade: TradePrint, previous: TradePrint | undefined, previousTick: Tick): Tick {
  if (previous === undefined) return 'flat';
  const c = cmp(dec(trade.price), dec(previous.price));
  return c > 0 ? 'up' : c < 0 ? 'down' : previousTick;
}
