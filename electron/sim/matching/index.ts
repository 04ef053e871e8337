// Public surface of the simulator's matching engine, for the FIX acceptor, the market-data publisher and the
// synthetic participants. Everything else in this folder is internal.

export { MatchingEngine } from './matching-engine.js';
export type { FundsCheck, FundsRequest, MatchingEngineOptions } from './engine-options.js';
export type { MatchingClock } from './clock.js';
export { systemMatchingClock } from './clock.js';
export type * from './commands.js';
export type * from './events.js';
export type * from './market-data-events.js';
export type { BookLevelView, DepthSnapshot, TopOfBook } from './book-views.js';
export {
  BusinessRejectReason,
  ExecType,
  MassCancelScope,
  OrdStatus,
  OrdType,
  SelfTradePrevention,
  Side,
  TimeInForce,
  TriggerReference,
} from './fix-codes.js';
export type { RequestMsgType, TrailingOrdType } from './fix-codes.js';
export { ASSET_PAIR_STATUS_CODE, DEFAULT_INSTRUMENTS, InstrumentTable, defineInstrument } from './instruments.js';
export type { AssetPairStatus, Instrument, InstrumentLookup, InstrumentSpec } from './instruments.js';
export { CANCEL_TEXT, REJECTS } from './reasons.js';
export type { CancelReason, RejectCode } from './reasons.js';
export { AVG_PX_EXTRA_DECIMALS } from './decimal/avg-px.js';
export { formatScaled, parseScaled } from './decimal/scaled.js';
export { bookViolations } from './invariants.js';
