// Kraken's FIX dialect as named constants (spec/kraken-fix44.md §1.3, §1.6–1.8). The dictionary
// (electron/fix/codec/dictionary/fields-kraken.ts) defines the same tags for validation and the inspector.

/** Kraken's custom tags. */
export const KrakenTag = {
  /** 5025 Logon: epoch milliseconds as text; signed into 554. Secret: never log it. */
  Nonce: 5025,
  /** 8674 Logon: 0 = cancel this session's orders on disconnect (Kraken's default), 1 = leave them. */
  CancelOrdersOnDisconnect: 8674,
  /** 5030 Logon: Y resets the ClOrdID sequence; emergency use only. */
  ForceResetClOrdID: 5030,
  /** 5051 Logon: xStocks quantities in SPV tokens (N) or underlying shares (Y). */
  Rebased: 5051,
  /** 5001 NewOrderSingle: 0 spot (default), 1 margin. */
  Leverage: 5001,
  /** 7928 NewOrderSingle: 0 cancel both, 1 cancel newest (default), 2 cancel oldest. */
  SelfTradePrevention: 7928,
  /** 5041 MarketDataIncrementalRefresh: CRC32 of the top 10 levels per side. */
  ChecksumOrderBook: 5041,
  /** 5060 W/X (L3): ISO-8601 entry timestamp with nanoseconds. */
  MDEntryTimestamp: 5060,
  /** 5273 W/X (L3): queue position time within a price level. */
  MDEntryTimeQueue: 5273,
  /** 2349 SecurityList entry: price decimals. */
  PricePrecision: 2349,
  /** 5010 SecurityList entry: quantity decimals. */
  QtyPrecision: 5010,
  /** 5011 SecurityList entry: minimum order quantity. */
  QtyMin: 5011,
  /** 5012 SecurityList entry: maximum order quantity. */
  QtyMax: 5012,
  /** 5013 SecurityList entry: minimum price × quantity. */
  MinimumCost: 5013,
  /** 5022 SecurityList entry: price increment. */
  TickSize: 5022,
  /** 5032 SecurityList entry: trading status of the pair (see AssetPairStatus). */
  AssetPairStatus: 5032,
  /** 5050 ExecutionReport (derivatives): liquidity flag reported by a third party; values undocumented. */
  LiquidityInd: 5050,
  /** 2446 MarketDataIncrementalRefresh trade entries: the aggressor's side. */
  AggressorSide: 2446,
} as const;

/** Standard tags Kraken gives a specific meaning on Logon. */
export const KrakenLogonTag = {
  /** 553 Username: the FIX API key (trading sessions only). */
  Username: 553,
  /** 554 Password: the logon signature (trading sessions only). Secret: never log it. */
  Password: 554,
  /** 109 ClientID: links related connections (a trading session and its market-data session). */
  ClientID: 109,
} as const;

/** TargetCompID (56) of each Kraken session. */
export const KrakenTargetCompId = {
  SpotTrading: 'KRAKEN-TRD',
  SpotMarketData: 'KRAKEN-MD',
  DerivativesTrading: 'KRAKEN-DRV-TRD',
  DerivativesMarketData: 'KRAKEN-DRV-MD',
} as const;

/** ExecInst (18) values as Kraken reads them (E and P differ from their FIX 4.4 meanings). */
export const KrakenExecInst = {
  ReduceOnly: 'E',
  PostOnly: 'P',
  QtyInQuoteCurrency: 'v',
  FeeInBase: 'f',
  FeeInQuote: 'q',
  /** Mandatory on derivatives orders. */
  SingleFee: 's',
} as const;

/** OrdType (40) values Kraken adds to FIX 4.4. */
export const KrakenOrdType = {
  TakeProfit: 'R',
  TakeProfitLimit: 'T',
  TrailingStop: 'U',
  TrailingStopLimit: 'V',
} as const;

/** AssetPairStatus (5032). */
export const AssetPairStatus = {
  Hidden: 0,
  Online: 1,
  Maintenance: 2,
  CancelOnly: 3,
  PostOnly: 4,
  LimitOnly: 5,
  Delisted: 6,
  ReduceOnly: 7,
} as const;
