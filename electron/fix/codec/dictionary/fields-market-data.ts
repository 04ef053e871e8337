// FIX 4.4 fields of market data (V, W, X, Y), reference data (c, d, x, y), trading session status (g, h) and
// News/Email (B, C). Kraken adds TradSesStatus 101/102; its TradSesStatusRejReason values (100–103) are not
// documented, so 567 carries no enum and accepts any integer.
import { field } from './define.js';
import type { FieldDef } from './types.js';

export const MARKET_DATA_FIELDS: readonly FieldDef[] = [
  field(33, 'NoLinesOfText', 'NUMINGROUP'),
  field(42, 'OrigTime', 'UTCTIMESTAMP'),
  field(61, 'Urgency', 'CHAR', '0=NORMAL 1=FLASH 2=BACKGROUND'),
  field(94, 'EmailType', 'CHAR', '0=NEW 1=REPLY 2=ADMIN_REPLY'),
  field(146, 'NoRelatedSym', 'NUMINGROUP'),
  field(147, 'Subject', 'STRING'),
  field(148, 'Headline', 'STRING'),
  field(149, 'URLLink', 'STRING'),
  field(164, 'EmailThreadID', 'STRING'),
  field(215, 'NoRoutingIDs', 'NUMINGROUP'),
  field(216, 'RoutingType', 'INT', '1=TARGET_FIRM 2=TARGET_LIST 3=BLOCK_FIRM 4=BLOCK_LIST'),
  field(217, 'RoutingID', 'STRING'),
  field(262, 'MDReqID', 'STRING'),
  field(
    263,
    'SubscriptionRequestType',
    'CHAR',
    '0=SNAPSHOT 1=SNAPSHOT_PLUS_UPDATES 2=DISABLE_PREVIOUS_SNAPSHOT_PLUS_UPDATE_REQUEST',
  ),
  field(264, 'MarketDepth', 'INT'),
  field(265, 'MDUpdateType', 'INT', '0=FULL_REFRESH 1=INCREMENTAL_REFRESH'),
  field(266, 'AggregatedBook', 'BOOLEAN'),
  field(267, 'NoMDEntryTypes', 'NUMINGROUP'),
  field(268, 'NoMDEntries', 'NUMINGROUP'),
  field(
    269,
    'MDEntryType',
    'CHAR',
    '0=BID 1=OFFER 2=TRADE 3=INDEX_VALUE 4=OPENING_PRICE 5=CLOSING_PRICE 6=SETTLEMENT_PRICE ' +
      '7=TRADING_SESSION_HIGH_PRICE 8=TRADING_SESSION_LOW_PRICE 9=TRADING_SESSION_VWAP_PRICE A=IMBALANCE ' +
      'B=TRADE_VOLUME C=OPEN_INTEREST',
  ),
  field(270, 'MDEntryPx', 'PRICE'),
  field(271, 'MDEntrySize', 'QTY'),
  field(272, 'MDEntryDate', 'UTCDATEONLY'),
  field(273, 'MDEntryTime', 'UTCTIMEONLY'),
  field(274, 'TickDirection', 'CHAR', '0=PLUS_TICK 1=ZERO_PLUS_TICK 2=MINUS_TICK 3=ZERO_MINUS_TICK'),
  field(275, 'MDMkt', 'EXCHANGE'),
  field(276, 'QuoteCondition', 'MULTIPLEVALUESTRING'),
  field(277, 'TradeCondition', 'MULTIPLEVALUESTRING'),
  field(278, 'MDEntryID', 'STRING'),
  field(279, 'MDUpdateAction', 'CHAR', '0=NEW 1=CHANGE 2=DELETE'),
  field(280, 'MDEntryRefID', 'STRING'),
  field(
    281,
    'MDReqRejReason',
    'CHAR',
    '0=UNKNOWN_SYMBOL 1=DUPLICATE_MDREQID 2=INSUFFICIENT_BANDWIDTH 3=INSUFFICIENT_PERMISSIONS ' +
      '4=UNSUPPORTED_SUBSCRIPTIONREQUESTTYPE 5=UNSUPPORTED_MARKETDEPTH 6=UNSUPPORTED_MDUPDATETYPE ' +
      '7=UNSUPPORTED_AGGREGATEDBOOK 8=UNSUPPORTED_MDENTRYTYPE 9=UNSUPPORTED_TRADINGSESSIONID A=UNSUPPORTED_SCOPE ' +
      'B=UNSUPPORTED_OPENCLOSESETTLEFLAG C=UNSUPPORTED_MDIMPLICITDELETE',
  ),
  field(282, 'MDEntryOriginator', 'STRING'),
  field(283, 'LocationID', 'STRING'),
  field(284, 'DeskID', 'STRING'),
  field(285, 'DeleteReason', 'CHAR', '0=CANCELATION 1=ERROR'),
  field(286, 'OpenCloseSettlFlag', 'MULTIPLEVALUESTRING'),
  field(290, 'MDEntryPositionNo', 'INT'),
  field(320, 'SecurityReqID', 'STRING'),
  field(
    321,
    'SecurityRequestType',
    'INT',
    '0=REQUEST_SECURITY_IDENTITY_AND_SPECIFICATIONS 1=REQUEST_SECURITY_IDENTITY_FOR_THE_SPECIFICATIONS_PROVIDED ' +
      '2=REQUEST_LIST_SECURITY_TYPES 3=REQUEST_LIST_SECURITIES',
  ),
  field(322, 'SecurityResponseID', 'STRING'),
  field(
    323,
    'SecurityResponseType',
    'INT',
    '1=ACCEPT_SECURITY_PROPOSAL_AS_IS 2=ACCEPT_SECURITY_PROPOSAL_WITH_REVISIONS 3=LIST_OF_SECURITY_TYPES_RETURNED ' +
      '4=LIST_OF_SECURITIES_RETURNED 5=REJECT_SECURITY_PROPOSAL 6=CANNOT_MATCH_SELECTION_CRITERIA',
  ),
  field(325, 'UnsolicitedIndicator', 'BOOLEAN'),
  field(335, 'TradSesReqID', 'STRING'),
  field(338, 'TradSesMethod', 'INT', '1=ELECTRONIC 2=OPEN_OUTCRY 3=TWO_PARTY'),
  field(339, 'TradSesMode', 'INT', '1=TESTING 2=SIMULATED 3=PRODUCTION'),
  field(
    340,
    'TradSesStatus',
    'INT',
    '0=UNKNOWN 1=HALTED 2=OPEN 3=CLOSED 4=PRE_OPEN 5=PRE_CLOSE 6=REQUEST_REJECTED ' +
      '101=KRAKEN_CANCEL_ONLY 102=KRAKEN_POST_ONLY',
  ),
  field(341, 'TradSesStartTime', 'UTCTIMESTAMP'),
  field(342, 'TradSesOpenTime', 'UTCTIMESTAMP'),
  field(343, 'TradSesPreCloseTime', 'UTCTIMESTAMP'),
  field(344, 'TradSesCloseTime', 'UTCTIMESTAMP'),
  field(345, 'TradSesEndTime', 'UTCTIMESTAMP'),
  field(346, 'NumberOfOrders', 'INT'),
  field(356, 'EncodedSubjectLen', 'LENGTH'),
  field(357, 'EncodedSubject', 'DATA'),
  field(358, 'EncodedHeadlineLen', 'LENGTH'),
  field(359, 'EncodedHeadline', 'DATA'),
  field(387, 'TotalVolumeTraded', 'QTY'),
  field(393, 'TotNoRelatedSym', 'INT'),
  field(451, 'NetChgPrevDay', 'PRICEOFFSET'),
  field(546, 'Scope', 'MULTIPLEVALUESTRING'),
  field(547, 'MDImplicitDelete', 'BOOLEAN'),
  field(
    559,
    'SecurityListRequestType',
    'INT',
    '0=SYMBOL 1=SECURITYTYPE_AND_OR_CFICODE 2=PRODUCT 3=TRADINGSESSIONID 4=ALL_SECURITIES',
  ),
  field(
    560,
    'SecurityRequestResult',
    'INT',
    '0=VALID_REQUEST 1=INVALID_OR_UNSUPPORTED_REQUEST 2=NO_INSTRUMENTS_FOUND 3=NOT_AUTHORIZED_TO_RETRIEVE_DATA ' +
      '4=INSTRUMENT_DATA_TEMPORARILY_UNAVAILABLE 5=REQUEST_FOR_INSTRUMENT_DATA_NOT_SUPPORTED',
  ),
  field(561, 'RoundLot', 'QTY'),
  field(562, 'MinTradeVol', 'QTY'),
  field(567, 'TradSesStatusRejReason', 'INT'),
  field(811, 'PriceDelta', 'FLOAT'),
  field(816, 'NoAltMDSource', 'NUMINGROUP'),
  field(817, 'AltMDSourceID', 'STRING'),
  field(827, 'ExpirationCycle', 'INT', '0=EXPIRE_ON_TRADING_SESSION_CLOSE 1=EXPIRE_ON_TRADING_SESSION_OPEN'),
  field(893, 'LastFragment', 'BOOLEAN'),
];
