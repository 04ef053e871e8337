// Market data as main hands it to the renderer: whole top-N books and new trades per symbol, coalesced to at most
// one frame per display refresh. Built from FIX snapshots + incrementals in electron/marketdata/.
import type { DecimalText } from './decimal-text.js';
import type { Side } from './orders.js';

export interface BookLevel {
  readonly price: DecimalText;
  readonly qty: DecimalText;
}

export interface BookFrame {
  readonly symbol: string;
  /** Best first: bids descending, asks ascending; at most the subscribed depth. */
  readonly bids: readonly BookLevel[];
  readonly asks: readonly BookLevel[];
  /** Epoch ms of the last update applied. */
  readonly updatedAt: number;
  /** No update or heartbeat within the staleness limit, or the session is down: show it, do not trade off it. */
  readonly stale: boolean;
  /** The last venue checksum (5041) failed and a fresh snapshot was requested. */
  readonly resyncing: boolean;
}

export interface TradePrint {
  readonly symbol: string;
  readonly price: DecimalText;
  readonly qty: DecimalText;
  /** Aggressor side when the venue says (Kraken 54 on trades), else null. */
  readonly side: Side | null;
  readonly time: number;
}

/** One candle of trades, `time` the bucket start in epoch seconds (lightweight-charts' UTCTimestamp). */
export interface Candle {
  readonly time: number;
  readonly open: DecimalText;
  readonly high: DecimalText;
  readonly low: DecimalText;
  readonly close: DecimalText;
  readonly volume: DecimalText;
}

/** What crosses the boundary per display frame: only symbols that changed. */
export interface MarketDataFrame {
  readonly books: readonly BookFrame[];
  readonly trades: readonly TradePrint[];
  readonly candles: readonly { readonly symbol: string; readonly candle: Candle }[];
}
