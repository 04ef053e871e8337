// Public surface of the simulator's synthetic participants (the living market).
export { SyntheticMarket, MAKER_OWNER, TAKER_OWNER } from './synthetic-market.js';
export type { SyntheticMarketOptions } from './synthetic-market.js';
export { ManualMarketTimers, systemMarketTimers } from './market-timers.js';
export type { MarketTimers } from './market-timers.js';
export { DEFAULT_REF_PRICES } from './pair-model.js';
export { SeededRandom } from './seeded-random.js';
