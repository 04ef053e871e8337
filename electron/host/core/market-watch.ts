// Which symbols the renderer shows. Main keeps every instrument's book subscribed at the venue (risk needs the
// touch, positions need a mark), but only watched symbols cross into the renderer's frames, so a screen showing
// one ladder does not pay for every book.
import type { MarketDataFrame } from '../../../shared/domain/market-data.js';

export class MarketWatch {
  private readonly watched = new Set<string>();

  add(symbol: string): void {
    this.watched.add(symbol);
  }

  remove(symbol: string): void {
    this.watched.delete(symbol);
  }

  has(symbol: string): boolean {
    return this.watched.has(symbol);
  }

  /** The frame without unwatched symbols, or null when nothing is left. */
  filter(frame: MarketDataFrame | null): MarketDataFrame | null {
    if (frame === null || this.watched.size === 0) return null;
    const books = frame.books.filter((b) => this.watched.has(b.symbol));
    const trades = frame.trades.filter((t) => this.watched.has(t.symbol));
    const candles = frame.candles.filter((c) => this.watched.has(c.symbol));
    if (books.length === 0 && trades.length === 0 && candles.length === 0) return null;
    return { books, trades, candles };
  }
}
