// SessionRejectReason (373) and BusinessRejectReason (380) codes, FIX 4.4 plus Kraken's additions to 380.
// The validator answers with these; the session puts them on Reject (35=3) / BusinessMessageReject (35=j).

export const SessionRejectReason = {
  InvalidTagNumber: 0,
  RequiredTagMissing: 1,
  TagNotDefinedForMsgType: 2,
  UndefinedTag: 3,
  TagWithoutValue: 4,
  ValueOutOfRange: 5,
  IncorrectDataFormat: 6,
  DecryptionProblem: 7,
  SignatureProblem: 8,
  CompIdProblem: 9,
  SendingTimeAccuracy: 10,
  InvalidMsgType: 11,
  XmlValidationError: 12,
  TagAppearsMoreThanOnce: 13,
  TagOutOfOrder: 14,
  RepeatingGroupFieldsOutOfOrder: 15,
  IncorrectNumInGroupCount: 16,
  NonDataValueIncludesDelimiter: 17,
  Other: 99,
} as const;

export const BusinessRejectReason = {
  Other: 0,
  UnknownId: 1,
  UnknownSecurity: 2,
  UnsupportedMessageType: 3,
  ApplicationNotAvailable: 4,
  ConditionallyRequiredFieldMissing: 5,
  NotAuthorized: 6,
  DeliverToFirmNotAvailable: 7,
  InvalidPriceIncrement: 18,
  /** Kraken: the order named by the request is not known. */
  KrakenUnknownOrder: 101,
  /** Kraken: the order is too old to act on. */
  KrakenOrderTooOld: 104,
} as const;
