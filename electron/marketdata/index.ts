// Client-side market data (main process, plain Node): L2 books from W/X with Kraken's checksum, trades and
// candles, the MD session's subscriptions and instrument list, and per-display-frame coalescing for the renderer.
export { MarketDataClient } from './market-data-client.js';
export type { MarketDataClientOptions, MarketDataPorts, MarketDataStats } from './market-data-client.js';
export { FrameCoalescer } from './frame-coalescer.js';
export type { FrameCoalescerOptions } from './frame-coalescer.js';
export type { MarketDataListener } from './symbol-market.js';
export { SymbolMarket } from './symbol-market.js';
export { L2Book, UpdateAction, FULL_BOOK_LEVELS } from './l2-book.js';
export type { L2BookOptions, ChecksumVerdict } from './l2-book.js';
export { MdReader } from './md-reader.js';
export type { MdTarget, TargetResolver } from './md-reader.js';
export { TradeTape } from './trade-tape.js';
export { CandleSeries, CANDLE_SECONDS } from './candle-series.js';
export { readSecurityList } from './security-list.js';
export type { SecurityListPage } from './security-list.js';
export {
  writeSubscribe,
  writeUnsubscribe,
  writeSecurityListRequest,
  wireDepth,
  clampDepth,
  DEFAULT_DEPTH,
  MAX_DEPTH,
} from './md-requests.js';
