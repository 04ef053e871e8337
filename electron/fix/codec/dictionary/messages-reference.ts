// Reference data (security definition and list) and free-form messages (News, Email). Kraken's InstrumentList
// (35=y) adds the instrument rules 5010–5013, 2349, 5022, 5032 to each entry and a Text (58) in the body.
import { INSTRUMENT, LINES_OF_TEXT, ROUTING, TEXT } from './components.js';
import type { MessageSpec } from './define.js';

const SESSION = 'TradingSessionID TradingSessionSubID';

export const REFERENCE_MESSAGES: readonly MessageSpec[] = [
  [
    'c',
    'SecurityDefinitionRequest',
    'app',
    `SecurityReqID! SecurityRequestType! ${INSTRUMENT} Currency ${TEXT} ${SESSION} ExpirationCycle ` +
      'SubscriptionRequestType',
  ],
  [
    'd',
    'SecurityDefinition',
    'app',
    `SecurityReqID! SecurityResponseID! SecurityResponseType! ${INSTRUMENT} Currency ${SESSION} ${TEXT} ` +
      'ExpirationCycle RoundLot MinTradeVol',
  ],
  [
    'x',
    'SecurityListRequest',
    'app',
    `SecurityReqID! SecurityListRequestType! ${INSTRUMENT} Currency ${TEXT} ${SESSION} SubscriptionRequestType`,
  ],
  [
    'y',
    'SecurityList',
    'app',
    'SecurityReqID! SecurityResponseID! SecurityRequestResult! Text TotNoRelatedSym LastFragment ' +
      `NoRelatedSym[${INSTRUMENT} Currency RoundLot MinTradeVol QtyPrecision QtyMin QtyMax MinimumCost ` +
      `PricePrecision TickSize AssetPairStatus ${SESSION} ExpirationCycle ${TEXT}]`,
  ],
  [
    'B',
    'News',
    'app',
    `OrigTime Urgency Headline! EncodedHeadlineLen EncodedHeadline ${ROUTING} NoRelatedSym[${INSTRUMENT}] ` +
      `${LINES_OF_TEXT} URLLink RawDataLength RawData`,
  ],
  [
    'C',
    'Email',
    'app',
    `EmailThreadID! EmailType! OrigTime Subject! EncodedSubjectLen EncodedSubject ${ROUTING} ` +
      `NoRelatedSym[${INSTRUMENT}] OrderID ClOrdID ${LINES_OF_TEXT} RawDataLength RawData`,
  ],
];
