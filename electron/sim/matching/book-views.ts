// Read-only views of a pair's book for the market-data publisher and synthetic participants: top of book and an
// aggregated depth snapshot (visible quantities, the same numbers the level events carry).

import { formatScaled } from './decimal/scaled.js';
import type { BookSide } from './book-side.js';
import type { InstrumentEngine } from './instrument-engine.js';

export interface BookLevelView {
  price: string;
  /** Visible aggregate; iceberg reserves are not shown, as on Kraken's public book. */
  qty: string;
  orderCount: number;
}

export interface TopOfBook {
  symbol: string;
  bid?: BookLevelView;
  ask?: BookLevelView;
  lastTradePx?: string;
}

export interface DepthSnapshot {
  symbol: string;
  /** Best first. */
  bids: BookLevelView[];
  /** Best first. */
  asks: BookLevelView[];
}

function levelsOf(engine: InstrumentEngine, side: BookSide, limit: number): BookLevelView[] {
  const { priceDecimals, lotDecimals } = engine.instrument;
  const out: BookLevelView[] = [];
  for (const level of side.fromBest(limit)) {
    out.push({
      price: formatScaled(level.price, priceDecimals),
      qty: formatScaled(level.qty, lotDecimals),
      orderCount: level.count,
    });
  }
  return out;
}

export function topOfBook(engine: InstrumentEngine): TopOfBook {
  const top: TopOfBook = { symbol: engine.instrument.symbol };
  const [bid] = levelsOf(engine, engine.book.bids, 1);
  const [ask] = levelsOf(engine, engine.book.asks, 1);
  if (bid !== undefined) top.bid = bid;
  if (ask !== undefined) top.ask = ask;
  if (engine.lastTradePx !== undefined) {
    top.lastTradePx = formatScaled(engine.lastTradePx, engine.instrument.priceDecimals);
  }
  return top;
}

export function depthSnapshot(engine: InstrumentEngine, levels: number): DepthSnapshot {
  return {
    symbol: engine.instrument.symbol,
    bids: levelsOf(engine, engine.book.bids, levels),
    asks: levelsOf(engine, engine.book.asks, levels),
  };
}
