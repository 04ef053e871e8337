// A refused request of ours (35=j with 379, 35=9, 35=3, or an ER 150=8 for a D): a refused D ends the order as
// rejected; a refused G or F drops its overlay, so the order shows the state the venue last reported, with the
// venue's words in text. A refused status request changes nothing but the text.
import type { RequestKind } from './order-index.js';
import type { OrderRecord } from './order-record.js';

/** 372 RefMsgType to the kind of request it names. */
export function requestKindOfMsgType(msgType: string | undefined): RequestKind | undefined {
  switch (msgType) {
    case 'D':
      return 'new';
    case 'G':
      return 'replace';
    case 'F':
      return 'cancel';
    case 'H':
      return 'status';
    case 'q':
      return 'mass-cancel';
    case 'AF':
      return 'mass-status';
    default:
      return undefined;
  }
}

export function refuseRequest(
  o: OrderRecord,
  kind: RequestKind,
  clOrdId: string | undefined,
  text: string,
  now: number,
): void {
  switch (kind) {
    case 'new':
      // Only an order the venue never acknowledged can be refused as a whole.
      if (o.base === 'pending-new' && o.orderId === null) {
        o.base = 'rejected';
        o.leavesQty = { units: 0n, scale: 0 };
        o.newRequest = null;
        o.pendingCancel = null;
        o.pendingReplace = null;
      }
      break;
    case 'replace':
      if (o.pendingReplace !== null && (clOrdId === undefined || o.pendingReplace.clOrdId === clOrdId)) {
        o.pendingReplace = null;
      }
      break;
    case 'cancel':
      if (o.pendingCancel !== null && (clOrdId === undefined || o.pendingCancel.clOrdId === clOrdId)) {
        o.pendingCancel = null;
      }
      break;
    default:
      break;
  }
  o.text = text;
  o.updatedAt = now;
}
