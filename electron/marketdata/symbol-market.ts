// Everything the workstation keeps about one subscribed symbol (main process): its L2 book, its time and sales,
// its one-minute candles, and the MDReqIDs its subscription answers to. Changes are reported to the client's
// listeners (the frame coalescer) as they are applied.

import type { TradePrint } from '../../shared/domain/market-data.js';
import type { Side } from '../../shared/domain/orders.js';
import { CandleSeries } from './candle-series.js';
import { entryTime } from './entry-time.js';
import { L2Book } from './l2-book.js';
import type { MdTarget } from './md-reader.js';
import { TradeTape } from './trade-tape.js';

/** What the client reports as it applies the feed; the frame coalescer is the usual listener. */
export interface MarketDataListener {
  /** The book changed (levels, flags); several calls per frame are normal. */
  book?(symbol: string): void;
  trade?(print: TradePrint): void;
  /** A one-minute candle changed; `time` is its bucket start in epoch seconds. */
  candle?(symbol: string, time: number): void;
}

export interface SymbolMarketOptions {
  /** Depth the renderer asked for (1..100): the frame's levels a side. */
  depth: number;
  /** MarketDepth requested on the wire (≥ depth). */
  wireDepth: number;
  tapeSize: number;
  candleLimit: number;
  priceDecimals?: number;
  qtyDecimals?: number;
  now: () => number;
  listeners: readonly MarketDataListener[];
  onResyncNeeded: (market: SymbolMarket) => void;
}

export class SymbolMarket implements MdTarget {
  readonly book: L2Book;
  readonly tape: TradeTape;
  readonly candles: CandleSeries;
  depth: number;
  /** The MDReqID of the live subscription ('' when none is open). */
  mdReqId = '';
  /** The MDReqID this one replaced (a resync): its trades still count until the server has switched. */
  retiredReqId = '';
  private readonly now: () => number;
  private readonly listeners: readonly MarketDataListener[];

  constructor(
    readonly symbol: string,
    o: SymbolMarketOptions,
  ) {
    this.depth = o.depth;
    this.now = o.now;
    this.listeners = o.listeners;
    this.tape = new TradeTape(o.tapeSize);
    this.candles = new CandleSeries(o.candleLimit);
    this.book = new L2Book(symbol, {
      depth: o.wireDepth,
      ...(o.priceDecimals === undefined ? {} : { priceDecimals: o.priceDecimals }),
      ...(o.qtyDecimals === undefined ? {} : { qtyDecimals: o.qtyDecimals }),
      onResyncNeeded: () => o.onResyncNeeded(this),
    });
  }

  answersTo(mdReqId: string): boolean {
    return mdReqId === this.mdReqId || (mdReqId === this.retiredReqId && mdReqId !== '');
  }

  trade(price: string, qty: string, side: Side | null, time: string | undefined, date: string | undefined): void {
    const print: TradePrint = { symbol: this.symbol, price, qty, side, time: entryTime(time, date, this.now()) };
    this.tape.push(print);
    for (const l of this.listeners) l.trade?.(print);
    let bucket: number | null;
    try {
      bucket = this.candles.add(price, qty, print.time);
    } catch {
      // Not decimal text: the print stays on the tape as the venue sent it, the chart skips it.
      bucket = null;
    }
    if (bucket === null) return;
    for (const l of this.listeners) l.candle?.(this.symbol, bucket);
  }

  bookChanged(): void {
    for (const l of this.listeners) l.book?.(this.symbol);
  }
}
