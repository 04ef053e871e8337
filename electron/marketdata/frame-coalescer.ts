// Turns the market-data client's stream of changes into at most one MarketDataFrame per display refresh (the
// core calls flush() on a ~16 ms timer, main process): only symbols that changed, each book as its top N levels
// a side (N = the subscribed depth, at most 100), at most K new trades per symbol (the newest; the tape keeps the
// rest for marketHistory) and the candles that changed. Payloads are bounded whatever the feed rate.

import type { BookFrame, Candle, MarketDataFrame, TradePrint } from '../../shared/domain/market-data.js';
import type { MarketDataClient } from './market-data-client.js';
import { MAX_DEPTH } from './md-requests.js';

export interface FrameCoalescerOptions {
  /** New trades per symbol per frame (default 50). */
  maxTradesPerSymbol?: number;
  /** Levels a side per book, on top of each subscription's own depth (default 100). */
  maxLevels?: number;
  /** Changed candles per symbol per frame, the newest (default 2: the current minute and the one just closed). */
  maxCandlesPerSymbol?: number;
  /** Epoch ms for staleness when flush() is called without a time (default Date.now). */
  now?: () => number;
}

/** What a frame needs from the client. */
type FrameSource = Pick<MarketDataClient, 'listen' | 'symbols' | 'market' | 'bookFrame' | 'isStale'>;

interface Shown {
  stale: boolean;
  resyncing: boolean;
}

export class FrameCoalescer {
  private readonly maxTrades: number;
  private readonly maxLevels: number;
  private readonly maxCandles: number;
  private readonly now: () => number;
  private readonly dirtyBooks = new Set<string>();
  private readonly trades = new Map<string, TradePrint[]>();
  private readonly candles = new Map<string, number[]>();
  /** The flags each symbol's last frame showed: a flip (stale, resync) is a change even without an update. */
  private readonly shown = new Map<string, Shown>();
  private readonly stop: () => void;

  constructor(
    private readonly source: FrameSource,
    options: FrameCoalescerOptions = {},
  ) {
    this.maxTrades = options.maxTradesPerSymbol ?? 50;
    this.maxLevels = Math.min(options.maxLevels ?? MAX_DEPTH, MAX_DEPTH);
    this.maxCandles = options.maxCandlesPerSymbol ?? 2;
    this.now = options.now ?? Date.now;
    this.stop = source.listen({
      book: (symbol) => this.dirtyBooks.add(symbol),
      trade: (print) => this.addTrade(print),
      candle: (symbol, time) => this.addCandle(symbol, time),
    });
  }

  /** Everything that changed since the last flush, or null when nothing did. */
  flush(now = this.now()): MarketDataFrame | null {
    const books: BookFrame[] = [];
    for (const symbol of this.source.symbols()) {
      const market = this.source.market(symbol)!;
      const touched = market.book.takeTouchedRank();
      const levels = Math.min(market.depth, this.maxLevels);
      const stale = this.source.isStale(symbol, now);
      const before = this.shown.get(symbol);
      const flagsMoved = before === undefined || before.stale !== stale || before.resyncing !== market.book.resyncing;
      // A change below the levels shown leaves the frame as it was: skip it.
      if (!flagsMoved && !(this.dirtyBooks.has(symbol) && touched < levels)) continue;
      const frame = this.source.bookFrame(symbol, now, levels);
      if (frame === null) continue;
      books.push(frame);
      this.shown.set(symbol, { stale: frame.stale, resyncing: frame.resyncing });
    }
    this.dirtyBooks.clear();
    for (const symbol of this.shown.keys()) if (this.source.market(symbol) === undefined) this.shown.delete(symbol);
    const trades: TradePrint[] = [];
    for (const list of this.trades.values()) {
      for (let i = Math.max(0, list.length - this.maxTrades); i < list.length; i++) trades.push(list[i]!);
    }
    this.trades.clear();
    const candles: { symbol: string; candle: Candle }[] = [];
    for (const [symbol, times] of this.candles) {
      const series = this.source.market(symbol)?.candles;
      for (const time of times) {
        const candle = series?.candle(time);
        if (candle !== undefined) candles.push({ symbol, candle });
      }
    }
    this.candles.clear();
    if (books.length === 0 && trades.length === 0 && candles.length === 0) return null;
    return { books, trades, candles };
  }

  /** Stop listening to the client. */
  dispose(): void {
    this.stop();
  }

  private addTrade(print: TradePrint): void {
    let list = this.trades.get(print.symbol);
    if (list === undefined) this.trades.set(print.symbol, (list = []));
    list.push(print);
    // Keep the newest K: drop in halves so a burst costs O(1) per print on average.
    if (list.length >= this.maxTrades * 2) list.splice(0, list.length - this.maxTrades);
  }

  private addCandle(symbol: string, time: number): void {
    let times = this.candles.get(symbol);
    if (times === undefined) this.candles.set(symbol, (times = []));
    if (times.includes(time)) return;
    times.push(time);
    times.sort((a, b) => a - b);
    if (times.length > this.maxCandles) times.splice(0, times.length - this.maxCandles);
  }
}
