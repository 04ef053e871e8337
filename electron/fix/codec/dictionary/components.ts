// FIX 4.4 components, in the member notation of define.ts, as the subsets this dictionary keeps. Messages splice
// them in, which is what "expanding a component" means: components have no identity on the wire.

const INSTRUMENT_AFTER_SYMBOL =
  'SymbolSfx SecurityID SecurityIDSource NoSecurityAltID[SecurityAltID SecurityAltIDSource] Product CFICode ' +
  'SecurityType SecuritySubType MaturityMonthYear MaturityDate PutOrCall CountryOfIssue StrikePrice ' +
  'StrikeCurrency OptAttribute ContractMultiplier SecurityExchange Issuer SecurityDesc ContractSettlMonth';

/** Instrument with every field optional, as FIX 4.4 defines it. */
export const INSTRUMENT = `Symbol ${INSTRUMENT_AFTER_SYMBOL}`;

/**
 * Instrument where FIX 4.4 marks the component required. FIX makes Symbol conditional (SecurityID may stand in);
 * every venue this workstation targets identifies instruments by Symbol, so we require it (a deliberate deviation).
 */
export const INSTRUMENT_REQUIRED = `Symbol! ${INSTRUMENT_AFTER_SYMBOL}`;

export const PARTIES = 'NoPartyIDs[PartyID PartyIDSource PartyRole NoPartySubIDs[PartySubID PartySubIDType]]';

export const TRADING_SESSIONS = 'NoTradingSessions[TradingSessionID TradingSessionSubID]';

/** PreAllocGrp; Kraken targets a broker sub-account with one instance (78=1, 79=account). */
export const PRE_ALLOC = 'NoAllocs[AllocAccount AllocQty]';

export const MISC_FEES = 'NoMiscFees[MiscFeeAmt MiscFeeCurr MiscFeeType MiscFeeBasis]';

export const TEXT = 'Text EncodedTextLen EncodedText';

export const ROUTING = 'NoRoutingIDs[RoutingType RoutingID]';

export const LINES_OF_TEXT = `NoLinesOfText![Text! EncodedTextLen EncodedText]`;
