// FIX 4.4 code values the engine speaks in (spec §1.6, §1.7, §4). Commands and events carry the wire codes so the
// acceptor copies them into tags without a mapping table; the const objects give them names in code and tests.

/** Side (54). */
export const Side = { Buy: '1', Sell: '2' } as const;
export type Side = (typeof Side)[keyof typeof Side];

/** OrdType (40) values the engine executes, including Kraken's take-profit types R and T. */
export const OrdType = {
  Market: '1',
  Limit: '2',
  StopLoss: '3',
  StopLossLimit: '4',
  TakeProfit: 'R',
  TakeProfitLimit: 'T',
} as const;
export type OrdType = (typeof OrdType)[keyof typeof OrdType];

/** Kraken's trailing types (U, V): accepted in a command's type so they are refused with a reason, not a crash. */
export type TrailingOrdType = 'U' | 'V';

/** TimeInForce (59) as Kraken accepts it on spot: GTC, IOC, FOK, GTD. */
export const TimeInForce = { GoodTillCancel: '1', ImmediateOrCancel: '3', FillOrKill: '4', GoodTillDate: '6' } as const;
export type TimeInForce = (typeof TimeInForce)[keyof typeof TimeInForce];

/** SelfTradePrevention (7928, Kraken): 0 cancel both, 1 cancel newest (default), 2 cancel oldest. */
export const SelfTradePrevention = { CancelBoth: 0, CancelNewest: 1, CancelOldest: 2 } as const;
export type SelfTradePrevention = (typeof SelfTradePrevention)[keyof typeof SelfTradePrevention];

/** MassCancelRequestType (530) values Kraken supports. */
export const MassCancelScope = { Symbol: '1', Session: '6', AllOfClient: '7' } as const;
export type MassCancelScope = (typeof MassCancelScope)[keyof typeof MassCancelScope];

/** Trigger reference (388 DiscretionInst as Kraken uses it): 5 last trade (default), 1 index price. */
export const TriggerReference = { Index: 1, Last: 5 } as const;
export type TriggerReference = (typeof TriggerReference)[keyof typeof TriggerReference];

/** ExecType (150): Kraken's documented subset (no 8, no 6). */
export const ExecType = {
  New: '0',
  Canceled: '4',
  Replaced: '5',
  PendingNew: 'A',
  Expired: 'C',
  Restated: 'D',
  Trade: 'F',
  OrderStatus: 'I',
} as const;
export type ExecType = (typeof ExecType)[keyof typeof ExecType];

/** OrdStatus (39) values the engine reports. Kraken also lists E (pending replace); amends here are atomic. */
export const OrdStatus = {
  New: '0',
  PartiallyFilled: '1',
  Filled: '2',
  Canceled: '4',
  Replaced: '5',
  PendingNew: 'A',
  Expired: 'C',
} as const;
export type OrdStatus = (typeof OrdStatus)[keyof typeof OrdStatus];

/** BusinessRejectReason (380) values the engine uses; 101 is Kraken's "unknown order". */
export const BusinessRejectReason = {
  Other: 0,
  UnknownId: 1,
  UnknownSecurity: 2,
  ConditionallyRequiredFieldMissing: 5,
  UnknownOrder: 101,
} as const;
export type BusinessRejectReason = (typeof BusinessRejectReason)[keyof typeof BusinessRejectReason];

/** The request a BusinessMessageReject refers to (372 RefMsgType). */
export type RequestMsgType = 'D' | 'F' | 'G' | 'H' | 'q';
