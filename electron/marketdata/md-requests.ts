// Bodies of what the workstation asks the market-data session for (spec §1.8): MarketDataRequest (35=V) to
// subscribe or unsubscribe one symbol's L2 book and trades, SecurityListRequest (35=x) for every instrument.
// One MDReqID per symbol, so a single book can be resubscribed (checksum resync) without touching the others.

import type { FixEncoder } from '../fix/codec/encoder.js';

/** MDEntryType (269). */
export const MdEntryType = { Bid: '0', Offer: '1', Trade: '2' } as const;

/** Depths a client may ask for (the contract: default 25, at most 100). */
export const DEFAULT_DEPTH = 25;
export const MAX_DEPTH = 100;

/**
 * MarketDepth (264) to request for a wanted depth: the smallest Kraken accepts (1, 10, 25, 100, …) that holds it,
 * never below 10, because Kraken's checksum covers 10 levels a side and a shallower book cannot be verified.
 */
export function wireDepth(wanted: number): number {
  if (wanted <= 10) return 10;
  if (wanted <= 25) return 25;
  return 100;
}

/** The wanted depth of a request, clamped to 1..100. */
export function clampDepth(depth: number | undefined): number {
  if (depth === undefined || !Number.isFinite(depth)) return DEFAULT_DEPTH;
  return Math.min(MAX_DEPTH, Math.max(1, Math.floor(depth)));
}

function writeRequest(enc: FixEncoder, mdReqId: string, type: '1' | '2', symbol: string, depth: number): void {
  enc
    .str(262, mdReqId)
    .str(263, type)
    .int(264, depth)
    .str(265, '1')
    .str(266, 'Y')
    .int(267, 3)
    .str(269, MdEntryType.Bid)
    .str(269, MdEntryType.Offer)
    .str(269, MdEntryType.Trade)
    .int(146, 1)
    .str(55, symbol);
}

/** 263=1: snapshot then incremental updates (265=1), aggregated L2 (266=Y), bids, offers and trades. */
export function writeSubscribe(enc: FixEncoder, mdReqId: string, symbol: string, depth: number): void {
  writeRequest(enc, mdReqId, '1', symbol, depth);
}

/** 263=2 under the MDReqID of the subscription; the other fields repeat it (FIX 4.4 requires them). */
export function writeUnsubscribe(enc: FixEncoder, mdReqId: string, symbol: string, depth: number): void {
  writeRequest(enc, mdReqId, '2', symbol, depth);
}

/** 559=4: all instruments, 263=0: a snapshot (Kraken recommends one after every (re)connect). */
export function writeSecurityListRequest(enc: FixEncoder, securityReqId: string): void {
  enc.str(320, securityReqId).str(559, '4').str(263, '0');
}
