// Construction options of the matching engine.

import type { Owner } from './commands.js';
import type { Side } from './fix-codes.js';
import type { MarketDataSink } from './instrument-engine.js';
import type { Instrument } from './instruments.js';
import type { MatchingClock } from './clock.js';
import type { EngineEventSink, ReportFilter } from './reporter.js';

export interface FundsRequest {
  owner: Owner;
  symbol: string;
  side: Side;
  orderQty: string;
  price?: string;
}

/** Optional pre-trade balance check; false refuses the order with `EOrder:Insufficient funds`. */
export type FundsCheck = (request: FundsRequest) => boolean;

export interface MatchingEngineOptions {
  onEvent: EngineEventSink;
  onMarketData?: MarketDataSink;
  clock?: MatchingClock;
  /** Seeds OrderIDs, ExecIDs and trade ids: the same seed and commands give the same ids. */
  seed?: number;
  instruments?: readonly Instrument[];
  fundsCheck?: FundsCheck;
  /**
   * A post-only order that would take: 'cancel' (default) acknowledges it and cancels it at once with
   * "Post only order" (spec §4.2 lists the post-only kill among 150=4 causes); 'reject' refuses it as 35=j
   * `EOrder:Post only order` (what Kraken's REST AddOrder answers).
   */
  postOnlyCrossing?: 'cancel' | 'reject';
  /** How many closed orders 35=H can still find (default 10 000). */
  closedOrderRetention?: number;
  /**
   * Owners whose execution reports and rejects someone reads (default: all). The others' are not built, their
   * ExecIDs and trade ids used up unseen: at 50 000 synthetic commands a second the reports of participants without
   * a FIX session were a fifth of the engine's work.
   */
  reportsFor?: ReportFilter;
}
