// Public surface of the simulator's market-data side (MD session: V/W/X/Y, x/y, g/h).
export { MarketDataHub } from './market-data-hub.js';
export type { MarketDataHubOptions } from './market-data-hub.js';
export { bookChecksum, checksumInput, checksumToken, CHECKSUM_LEVELS } from '../../venue/kraken/book-checksum.js';
export type { ChecksumLevel } from '../../venue/kraken/book-checksum.js';
export { MdRejectReason, SUPPORTED_DEPTHS, FULL_DEPTH_CAP } from './md-request.js';
export { levelEntryId } from './md-writers.js';
export type { MdDialect } from './md-writers.js';
