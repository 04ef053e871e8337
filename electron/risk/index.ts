// Pre-trade risk for the workstation core (main process): the engine, the kill switch and the limits schema.
export { RiskEngine, RULES_IN_ORDER, type RiskEngineOptions } from './risk-engine.js';
export {
  candidateFromAmend,
  candidateLeaves,
  type CandidateOrder,
  type RiskContext,
  type SentKind,
  type Touch,
} from './candidate.js';
export { KillSwitch } from './kill-switch.js';
export {
  riskLimitsSchema,
  instrumentLimitsSchema,
  accountLimitsSchema,
  MAX_INSTRUMENT_ENTRIES,
} from './limits-schema.js';
export { DEFAULT_RISK_LIMITS } from './default-limits.js';
export { describeLimits, describeInstrumentLimits, describeAccountLimits } from './describe-limits.js';
export { limitsFor, DEFAULT_SYMBOL_KEY, NO_INSTRUMENT_LIMITS } from './instrument-limits.js';
export { RATE_WINDOW_MS } from './send-log.js';
