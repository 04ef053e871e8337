// MarketDataRequest (35=V, spec §1.8) read into a subscription request, or the MarketDataRequestReject reason
// (281) Kraken would give. Group boundaries come from the built-in dictionary (267/269, 146/55).

import type { FixMessage } from '../../fix/codec/fix-message.js';
import { fix44 } from '../../fix/codec/dictionary/index.js';

/** MDReqRejReason (281) values of spec §1.8. */
export const MdRejectReason = {
  UnknownSymbol: '0',
  DuplicateMdReqId: '1',
  UnsupportedSubscriptionType: '4',
  UnsupportedDepth: '5',
  UnsupportedUpdateType: '6',
  UnsupportedEntryType: '8',
  L3NotAvailable: 'B',
} as const;
export type MdRejectReason = (typeof MdRejectReason)[keyof typeof MdRejectReason];

/** Depths Kraken accepts (264); 0 = full book, capped at 1000 for L2. */
export const SUPPORTED_DEPTHS: ReadonlySet<number> = new Set([0, 1, 10, 25, 100, 500, 1000]);
export const FULL_DEPTH_CAP = 1000;

export interface SubscribeRequest {
  kind: 'subscribe';
  mdReqId: string;
  /** Levels per side kept for the subscriber (0 on the wire becomes the cap). */
  depth: number;
  book: boolean;
  trades: boolean;
  symbols: string[];
}

export interface UnsubscribeRequest {
  kind: 'unsubscribe';
  mdReqId: string;
}

export interface RequestRefusal {
  kind: 'reject';
  mdReqId: string;
  reason?: MdRejectReason;
  text: string;
}

export type MdRequest = SubscribeRequest | UnsubscribeRequest | RequestRefusal;

function refuse(mdReqId: string, reason: MdRejectReason | undefined, text: string): RequestRefusal {
  return reason === undefined ? { kind: 'reject', mdReqId, text } : { kind: 'reject', mdReqId, reason, text };
}

/** Values of a one-field-per-instance group (269 in 267, 55 in 146). */
function groupValues(msg: FixMessage, countTag: number, tag: number): string[] {
  const spec = fix44().groupSpec('V', countTag);
  if (spec === undefined) return [];
  const n = msg.group(spec);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const start = msg.groupStart(k);
    const limit = msg.groupLimit(k, n);
    for (let i = start; i < limit; i++) if (msg.tagAt(i) === tag) out.push(msg.stringAt(i));
  }
  return out;
}

export function readMdRequest(msg: FixMessage): MdRequest {
  const mdReqId = msg.getString(262) ?? '';
  const type = msg.getString(263);
  if (type === '2') return { kind: 'unsubscribe', mdReqId };
  if (type !== '1') return refuse(mdReqId, MdRejectReason.UnsupportedSubscriptionType, `Unsupported 263=${type}`);
  const depthText = msg.getString(264) ?? '0';
  const depth = /^\d{1,5}$/.test(depthText) ? Number(depthText) : -1;
  if (!SUPPORTED_DEPTHS.has(depth)) return refuse(mdReqId, MdRejectReason.UnsupportedDepth, `Unsupported depth ${depthText}`);
  const updateType = msg.getString(265);
  if (updateType !== undefined && updateType !== '1') {
    return refuse(mdReqId, MdRejectReason.UnsupportedUpdateType, `Unsupported 265=${updateType}`);
  }
  if (msg.getString(266) === 'N') return refuse(mdReqId, MdRejectReason.L3NotAvailable, 'L3 not available');
  const types = groupValues(msg, 267, 269);
  const bid = types.includes('0');
  const offer = types.includes('1');
  const trades = types.includes('2');
  const unknown = types.find((t) => t !== '0' && t !== '1' && t !== '2');
  if (types.length === 0 || unknown !== undefined) {
    return refuse(mdReqId, MdRejectReason.UnsupportedEntryType, `Unsupported MDEntryType ${unknown ?? '(none)'}`);
  }
  if (bid !== offer) {
    return refuse(mdReqId, MdRejectReason.UnsupportedEntryType, 'Bids and offers must be requested together');
  }
  const symbols = groupValues(msg, 146, 55);
  if (symbols.length === 0) return refuse(mdReqId, MdRejectReason.UnknownSymbol, 'No symbol requested');
  return { kind: 'subscribe', mdReqId, depth: depth === 0 ? FULL_DEPTH_CAP : depth, book: bid, trades, symbols };
}
