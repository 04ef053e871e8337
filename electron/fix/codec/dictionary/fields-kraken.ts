// Kraken's custom tags (spec/kraken-fix44.md §1.3, §1.6–1.8). 2349 and 2446 are numbered in the later FIX
// range; Kraken sends them on its FIX 4.4 sessions. Types follow Kraken's docs; where Kraken calls a number a
// "String" (5041 CRC32, the ISO-8601 timestamps) we keep STRING so any value it sends validates.
import { field } from './define.js';
import type { FieldDef } from './types.js';

export const KRAKEN_FIELDS: readonly FieldDef[] = [
  field(2349, 'PricePrecision', 'INT'),
  field(2446, 'AggressorSide', 'CHAR', '1=BUY 2=SELL'),
  field(5001, 'Leverage', 'STRING'),
  field(5010, 'QtyPrecision', 'INT'),
  field(5011, 'QtyMin', 'QTY'),
  field(5012, 'QtyMax', 'QTY'),
  field(5013, 'MinimumCost', 'AMT'),
  field(5022, 'TickSize', 'PRICE'),
  field(5025, 'Nonce', 'STRING'),
  field(5030, 'ForceResetClOrdID', 'BOOLEAN'),
  field(
    5032,
    'AssetPairStatus',
    'INT',
    '0=HIDDEN 1=ONLINE 2=MAINTENANCE 3=CANCEL_ONLY 4=POST_ONLY 5=LIMIT_ONLY 6=DELISTED 7=REDUCE_ONLY',
  ),
  field(5041, 'ChecksumOrderBook', 'STRING'),
  field(5050, 'LiquidityInd', 'STRING'),
  field(5051, 'Rebased', 'BOOLEAN'),
  field(5060, 'MDEntryTimestamp', 'STRING'),
  field(5273, 'MDEntryTimeQueue', 'STRING'),
  field(7928, 'SelfTradePrevention', 'INT', '0=CANCEL_BOTH 1=CANCEL_NEWEST 2=CANCEL_OLDEST'),
  field(8674, 'CancelOrdersOnDisconnect', 'INT', '0=CANCEL_ON_DISCONNECT 1=KEEP_ON_DISCONNECT'),
];
