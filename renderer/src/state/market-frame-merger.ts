// Market data frames are applied to the store at most once per animation frame: when frames arrive faster than the
// page paints (a slow machine, a busy tab), books merge (the latest per symbol wins), trades accumulate and candles
// keep their latest state per bucket, so the screen shows the newest market instead of replaying a backlog.
import type { BookFrame, Candle, MarketDataFrame, TradePrint } from '../../../shared/domain/market-data.js';

export class MarketFrameMerger {
  private books = new Map<string, BookFrame>();
  private trades: TradePrint[] = [];
  private candles = new Map<string, { readonly symbol: string; readonly candle: Candle }>();
  private scheduled = false;

  constructor(
    private readonly apply: (frame: MarketDataFrame) => void,
    /** The page passes requestAnimationFrame; tests pass their own. */
    private readonly schedule: (run: () => void) => void,
  ) {}

  push(frame: MarketDataFrame): void {
    for (const b of frame.books) this.books.set(b.symbol, b);
    for (const t of frame.trades) this.trades.push(t);
    for (const c of frame.candles) this.candles.set(`${c.symbol}@${c.candle.time}`, c);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => this.flush());
  }

  flush(): void {
    this.scheduled = false;
    if (this.books.size === 0 && this.trades.length === 0 && this.candles.size === 0) return;
    const frame: MarketDataFrame = {
      books: [...this.books.values()],
      trades: this.trades,
      candles: [...this.candles.values()],
    };
    this.books = new Map();
    this.trades = [];
    this.candles = new Map();
    this.apply(frame);
  }
}
