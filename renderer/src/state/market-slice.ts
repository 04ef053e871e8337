// Books, trades and candles for the symbols someone on screen watches. Written by the bridge sync from md:frame
// (at most one frame per display refresh from main); panels subscribe to a symbol with watchSymbol() so main
// streams only what is shown, and release it when they unmount.
import type { StateCreator } from 'zustand';
import type { BookFrame, Candle, MarketDataFrame, TradePrint } from '../../../shared/domain/market-data.js';

export const MAX_TRADES_PER_SYMBOL = 500;
export const MAX_CANDLES_PER_SYMBOL = 1440;

export interface MarketSlice {
  readonly books: Readonly<Record<string, BookFrame>>;
  /** Newest last. */
  readonly trades: Readonly<Record<string, readonly TradePrint[]>>;
  /** Oldest first, one per minute bucket. */
  readonly candles: Readonly<Record<string, readonly Candle[]>>;
  applyMarketFrame(frame: MarketDataFrame): void;
  /** Seed trades and candles from md:history (after subscribing or a reload). */
  seedHistory(symbol: string, trades: readonly TradePrint[], candles: readonly Candle[]): void;
}

export const createMarketSlice: StateCreator<MarketSlice> = (set) => ({
  books: {},
  trades: {},
  candles: {},
  applyMarketFrame: (frame) =>
    set((s) => {
      const books = frame.books.length === 0 ? s.books : { ...s.books };
      for (const b of frame.books) (books as Record<string, BookFrame>)[b.symbol] = b;
      let trades = s.trades;
      if (frame.trades.length > 0) {
        const next: Record<string, readonly TradePrint[]> = { ...s.trades };
        for (const t of frame.trades) next[t.symbol] = [...(next[t.symbol] ?? []), t];
        for (const sym of new Set(frame.trades.map((t) => t.symbol))) {
          next[sym] = (next[sym] ?? []).slice(-MAX_TRADES_PER_SYMBOL);
        }
        trades = next;
      }
      let candles = s.candles;
      if (frame.candles.length > 0) {
        const next: Record<string, readonly Candle[]> = { ...s.candles };
        for (const { symbol, candle } of frame.candles) next[symbol] = upsertCandle(next[symbol] ?? [], candle);
        candles = next;
      }
      return { books, trades, candles };
    }),
  seedHistory: (symbol, trades, candles) =>
    set((s) => ({
      trades: { ...s.trades, [symbol]: trades.slice(-MAX_TRADES_PER_SYMBOL) },
      candles: { ...s.candles, [symbol]: candles.slice(-MAX_CANDLES_PER_SYMBOL) },
    })),
});

function upsertCandle(list: readonly Candle[], c: Candle): readonly Candle[] {
  const last = list[list.length - 1];
  if (last !== undefined && last.time === c.time) return [...list.slice(0, -1), c];
  if (last !== undefined && last.time > c.time) return list;
  return [...list, c].slice(-MAX_CANDLES_PER_SYMBOL);
}
