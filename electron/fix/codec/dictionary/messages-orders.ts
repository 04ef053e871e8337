// Order entry and execution reporting. Kraken's additions are appended after the FIX 4.4 members of each
// message (D/G: DisplayQty, ValidUntilTime, Leverage, SelfTradePrevention; 8: DisplayQty, TradeID, LiquidityInd).
// Deliberate relaxations for Kraken (FIX 4.4 requires them, Kraken may omit them):
//   F OrigClOrdID (41): Kraken accepts OrderID (37) and/or OrigClOrdID.
//   H Side (54): only present in Kraken's example.
import {
  INSTRUMENT,
  INSTRUMENT_REQUIRED,
  MISC_FEES,
  PARTIES,
  PRE_ALLOC,
  TEXT,
  TRADING_SESSIONS,
} from './components.js';
import type { MessageSpec } from './define.js';

const ACCOUNT = 'Account AcctIDSource AccountType';
const PRICING =
  'QtyType OrderQty CashOrderQty OrdType! PriceType Price StopPx PegOffsetValue DiscretionInst DiscretionOffsetValue';

export const ORDER_MESSAGES: readonly MessageSpec[] = [
  [
    'D',
    'NewOrderSingle',
    'app',
    `ClOrdID! SecondaryClOrdID ClOrdLinkID ${PARTIES} TradeOriginationDate TradeDate ${ACCOUNT} ${PRE_ALLOC} ` +
      `SettlType SettlDate CashMargin HandlInst ExecInst MinQty MaxFloor ExDestination ${TRADING_SESSIONS} ` +
      `${INSTRUMENT_REQUIRED} Side! TransactTime! ${PRICING} Currency IOIID QuoteID TimeInForce EffectiveTime ` +
      `ExpireDate ExpireTime Commission CommType OrderCapacity OrderRestrictions SettlCurrency ${TEXT} ` +
      'PositionEffect MaxShow DisplayQty ValidUntilTime Leverage SelfTradePrevention',
  ],
  [
    'F',
    'OrderCancelRequest',
    'app',
    `OrigClOrdID OrderID ClOrdID! SecondaryClOrdID ClOrdLinkID ListID OrigOrdModTime ${ACCOUNT} ${PARTIES} ` +
      `${INSTRUMENT_REQUIRED} Side! TransactTime! OrderQty CashOrderQty ${TEXT}`,
  ],
  [
    'G',
    'OrderCancelReplaceRequest',
    'app',
    `OrderID ${PARTIES} TradeOriginationDate TradeDate OrigClOrdID! ClOrdID! SecondaryClOrdID ClOrdLinkID ListID ` +
      `OrigOrdModTime ${ACCOUNT} ${PRE_ALLOC} SettlType SettlDate CashMargin HandlInst ExecInst MinQty MaxFloor ` +
      `ExDestination ${TRADING_SESSIONS} ${INSTRUMENT_REQUIRED} Side! TransactTime! ${PRICING} Currency ` +
      `TimeInForce EffectiveTime ExpireDate ExpireTime Commission CommType OrderCapacity OrderRestrictions ` +
      `SettlCurrency ${TEXT} PositionEffect MaxShow DisplayQty ValidUntilTime`,
  ],
  [
    'H',
    'OrderStatusRequest',
    'app',
    `OrderID ClOrdID! SecondaryClOrdID ClOrdLinkID ${PARTIES} OrdStatusReqID Account AcctIDSource ` +
      `${INSTRUMENT_REQUIRED} Side`,
  ],
  [
    'q',
    'OrderMassCancelRequest',
    'app',
    `ClOrdID! SecondaryClOrdID MassCancelRequestType! TradingSessionID TradingSessionSubID ${INSTRUMENT} Side ` +
      `TransactTime! ${TEXT}`,
  ],
  [
    'r',
    'OrderMassCancelReport',
    'app',
    'ClOrdID SecondaryClOrdID OrderID! SecondaryOrderID MassCancelRequestType! MassCancelResponse! ' +
      'MassCancelRejectReason TotalAffectedOrders NoAffectedOrders[OrigClOrdID AffectedOrderID ' +
      `AffectedSecondaryOrderID] TradingSessionID TradingSessionSubID ${INSTRUMENT} Side TransactTime ${TEXT}`,
  ],
  [
    '8',
    'ExecutionReport',
    'app',
    'OrderID! SecondaryOrderID SecondaryClOrdID SecondaryExecID ClOrdID OrigClOrdID ClOrdLinkID OrdStatusReqID ' +
      `MassStatusReqID TotNumReports LastRptRequested ${PARTIES} TradeOriginationDate ListID ExecID! ExecRefID ` +
      `ExecType! OrdStatus! WorkingIndicator OrdRejReason ExecRestatementReason ${ACCOUNT} SettlType SettlDate ` +
      `CashMargin ${INSTRUMENT_REQUIRED} Side! QtyType OrderQty CashOrderQty OrdType PriceType Price StopPx ` +
      'PegOffsetValue DiscretionInst DiscretionOffsetValue Currency TimeInForce EffectiveTime ExpireDate ' +
      'ExpireTime ExecInst OrderCapacity OrderRestrictions LastQty LastPx LastMkt TradingSessionID ' +
      'TradingSessionSubID LastCapacity LeavesQty! CumQty! AvgPx! TradeDate TransactTime Commission CommType ' +
      `GrossTradeAmt NetMoney SettlCurrency HandlInst MinQty MaxFloor PositionEffect MaxShow ${TEXT} ` +
      `LastLiquidityInd ${MISC_FEES} DisplayQty TradeID LiquidityInd`,
  ],
  [
    '9',
    'OrderCancelReject',
    'app',
    'OrderID! SecondaryOrderID SecondaryClOrdID ClOrdID! ClOrdLinkID OrigClOrdID! OrdStatus! WorkingIndicator ' +
      `OrigOrdModTime ListID ${ACCOUNT} TradeOriginationDate TradeDate TransactTime CxlRejResponseTo! ` +
      `CxlRejReason ${TEXT}`,
  ],
  ['j', 'BusinessMessageReject', 'app', `RefSeqNum RefMsgType! BusinessRejectRefID BusinessRejectReason! ${TEXT}`],
];
