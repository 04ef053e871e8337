// The order manager (main process): order state, fills, positions and P&L from the venues' ExecutionReports.
// Import from here; the other files are internal.
export { OrderManager } from './order-manager.js';
export type { OrderManagerPorts, MassCancelUpdate, StatusTarget } from './order-manager-ports.js';
export type { MassCancelScope } from './build-requests.js';
export { OmsError, type OmsErrorCode } from './oms-error.js';
export { ClOrdIdSource, uuidTimeMs, type ClOrdIdStyle, type ClOrdIdOptions } from './cl-ord-id.js';
export {
  venueRulesFor,
  KRAKEN_SPOT_RULES,
  KRAKEN_DERIVATIVES_RULES,
  STANDARD_FIX44_RULES,
  type OmsVenueRules,
  type OmsDialect,
} from './venue-rules.js';
