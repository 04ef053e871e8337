// Market data and trading session status. Kraken's deviations from FIX 4.4 that we accept:
//   W entries carry MDEntryID (278) right after MDEntryType (FIX 4.4 has no 278 in the snapshot).
//   X carries Symbol (55) in the body before NoMDEntries (FIX 4.4 puts the Instrument inside each entry;
//     both places are allowed here).
//   W/X entries add 5060 MDEntryTimestamp and 5273 MDEntryTimeQueue (L3); X entries add OrdType (40),
//     AggressorSide (2446) on trades and 5041 ChecksumOrderBook.
import { INSTRUMENT, INSTRUMENT_REQUIRED, TEXT, TRADING_SESSIONS } from './components.js';
import type { MessageSpec } from './define.js';

const ENTRY_DETAIL =
  'MDEntryPx Currency MDEntrySize MDEntryDate MDEntryTime TickDirection MDMkt TradingSessionID ' +
  'TradingSessionSubID QuoteCondition TradeCondition MDEntryOriginator LocationID DeskID OpenCloseSettlFlag ' +
  `TimeInForce ExpireDate ExpireTime MinQty ExecInst OrderID NumberOfOrders MDEntryPositionNo Scope PriceDelta ${TEXT}`;

export const MARKET_DATA_MESSAGES: readonly MessageSpec[] = [
  [
    'V',
    'MarketDataRequest',
    'app',
    'MDReqID! SubscriptionRequestType! MarketDepth! MDUpdateType AggregatedBook OpenCloseSettlFlag Scope ' +
      `MDImplicitDelete NoMDEntryTypes![MDEntryType!] NoRelatedSym![${INSTRUMENT}] ${TRADING_SESSIONS}`,
  ],
  [
    'W',
    'MarketDataSnapshotFullRefresh',
    'app',
    `MDReqID ${INSTRUMENT_REQUIRED} NetChgPrevDay ` +
      `NoMDEntries![MDEntryType! MDEntryID ${ENTRY_DETAIL} MDEntryTimestamp MDEntryTimeQueue]`,
  ],
  [
    'X',
    'MarketDataIncrementalRefresh',
    'app',
    'MDReqID Symbol NoMDEntries![MDUpdateAction! DeleteReason MDEntryType MDEntryID MDEntryRefID ' +
      `${INSTRUMENT} NetChgPrevDay ${ENTRY_DETAIL} ` +
      'OrdType AggressorSide MDEntryTimestamp MDEntryTimeQueue ChecksumOrderBook]',
  ],
  ['Y', 'MarketDataRequestReject', 'app', `MDReqID! MDReqRejReason NoAltMDSource[AltMDSourceID] ${TEXT}`],
  [
    'g',
    'TradingSessionStatusRequest',
    'app',
    'TradSesReqID! TradingSessionID TradingSessionSubID TradSesMethod TradSesMode SubscriptionRequestType!',
  ],
  [
    'h',
    'TradingSessionStatus',
    'app',
    'TradSesReqID TradingSessionID! TradingSessionSubID TradSesMethod TradSesMode UnsolicitedIndicator ' +
      'TradSesStatus! TradSesStatusRejReason TradSesStartTime TradSesOpenTime TradSesPreCloseTime ' +
      `TradSesCloseTime TradSesEndTime TotalVolumeTraded ${TEXT}`,
  ],
];
