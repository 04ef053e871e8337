// Bodies of the market-data messages the hub sends (spec §1.8): Snapshot (W), Incremental (X) and
// MarketDataRequestReject (Y). The Kraken dialect puts Symbol (55) in the X body, keys L2 levels by price
// (278 `B30299.9` / `S30300.0`), adds AggressorSide (2446) to trades and the book checksum (5041) to every book
// entry of an X (the value after the whole message is applied). The standard dialect sends plain FIX 4.4: 55 in
// each X entry, no 278 in W, no 2446 and no 5041.

import type { FixEncoder } from '../../fix/codec/encoder.js';
import type { PublicTradeEvent } from '../matching/index.js';
import type { BookEntry } from './book-diff.js';
import type { BookSideName, MirrorLevel } from './book-mirror.js';
import type { MdRejectReason } from './md-request.js';

export type MdDialect = 'kraken' | 'standard';

export const MDEntryType = { Bid: '0', Offer: '1', Trade: '2' } as const;

function entryType(side: BookSideName): string {
  return side === 'bid' ? MDEntryType.Bid : MDEntryType.Offer;
}

/** Kraken's L2 MDEntryID: side letter and price. The `S` for offers is our guess (spec shows only `B30299.9`). */
export function levelEntryId(side: BookSideName, price: string): string {
  return (side === 'bid' ? 'B' : 'S') + price;
}

let lastTimeMs = Number.NaN;
let lastTimeText = '';

/** 273 MDEntryTime as Kraken sends it: time of day only, HH:MM:SS.sss (UTC). The last one is remembered: the
 * trades of a command, and every subscriber's copy of them, share their millisecond. */
export function timeOfDay(ms: number): string {
  if (ms !== lastTimeMs) {
    lastTimeText = new Date(ms).toISOString().slice(11, 23);
    lastTimeMs = ms;
  }
  return lastTimeText;
}

export function writeSnapshot(
  enc: FixEncoder,
  dialect: MdDialect,
  mdReqId: string,
  symbol: string,
  bids: readonly MirrorLevel[],
  asks: readonly MirrorLevel[],
  now: number,
): void {
  enc.str(262, mdReqId).str(55, symbol).int(268, bids.length + asks.length);
  const time = timeOfDay(now);
  const write = (side: BookSideName, level: MirrorLevel): void => {
    enc.str(269, entryType(side));
    if (dialect === 'kraken') enc.str(278, levelEntryId(side, level.price));
    enc.str(270, level.price).str(271, level.qty).str(273, time);
  };
  for (const level of bids) write('bid', level);
  for (const level of asks) write('ask', level);
}

export function writeIncremental(
  enc: FixEncoder,
  dialect: MdDialect,
  mdReqId: string,
  symbol: string,
  trades: readonly PublicTradeEvent[],
  book: readonly BookEntry[],
  checksum: number,
): void {
  const kraken = dialect === 'kraken';
  enc.str(262, mdReqId);
  if (kraken) enc.str(55, symbol);
  enc.int(268, trades.length + book.length);
  for (const t of trades) {
    enc.str(279, '0').str(269, MDEntryType.Trade);
    if (!kraken) enc.str(55, symbol);
    enc.str(270, t.price).str(271, t.qty).str(273, timeOfDay(t.time)).str(40, t.takerOrdType);
    if (kraken) enc.str(2446, t.aggressorSide);
  }
  for (const e of book) {
    enc.str(279, e.action).str(269, entryType(e.side)).str(278, levelEntryId(e.side, e.price));
    if (!kraken) enc.str(55, symbol);
    enc.str(270, e.price).str(271, e.qty);
    if (kraken) enc.int(5041, checksum);
  }
}

export function writeReject(enc: FixEncoder, mdReqId: string, reason: MdRejectReason | undefined, text: string): void {
  enc.str(262, mdReqId);
  if (reason !== undefined) enc.str(281, reason);
  enc.str(58, text);
}
