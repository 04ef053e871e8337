// Every way the venue can name an order back to us, per session: each ClOrdID we sent (the D, every G and F of
// the chain, and the ids of status and mass requests, which are not orders), the venue's OrderID, and the MsgSeqNum
// of a request until it is answered (a session Reject 35=3 names only that). Owned by the OrderManager.
import type { OrderRecord } from './order-record.js';
import type { ExecReport } from './read-execution-report.js';

export type RequestKind = 'new' | 'replace' | 'cancel' | 'status' | 'mass-cancel' | 'mass-status';

export interface SentId {
  readonly kind: RequestKind;
  /** The order a chain id belongs to; null for status/mass requests about orders we do not know. */
  readonly orderKey: string | null;
}

export interface SeqEntry {
  readonly clOrdId: string;
  readonly kind: RequestKind;
}

const key = (sessionId: string, id: string): string => `${sessionId}\u0001${id}`;

export class OrderIndex {
  readonly orders = new Map<string, OrderRecord>();
  private readonly sent = new Map<string, SentId>();
  private readonly byOrderId = new Map<string, string>();
  private readonly bySeq = new Map<string, Map<number, SeqEntry>>();

  add(o: OrderRecord): void {
    this.orders.set(o.orderKey, o);
  }

  remove(o: OrderRecord, clOrdId: string): void {
    this.orders.delete(o.orderKey);
    this.sent.delete(key(o.sessionId, clOrdId));
  }

  noteSent(sessionId: string, clOrdId: string, entry: SentId, seq: number | null): void {
    this.sent.set(key(sessionId, clOrdId), entry);
    if (seq === null) return;
    let seqs = this.bySeq.get(sessionId);
    if (seqs === undefined) this.bySeq.set(sessionId, (seqs = new Map()));
    seqs.set(seq, { clOrdId, kind: entry.kind });
  }

  /** A request answered: a later session Reject cannot be about it. */
  forgetSeq(sessionId: string, seq: number): void {
    this.bySeq.get(sessionId)?.delete(seq);
  }

  /** Sequence numbers start again after a reset: numbers from before the logon name nothing now. */
  clearSeqs(sessionId: string): void {
    this.bySeq.delete(sessionId);
  }

  requestOfSeq(sessionId: string, seq: number): SeqEntry | undefined {
    return this.bySeq.get(sessionId)?.get(seq);
  }

  sentId(sessionId: string, clOrdId: string): SentId | undefined {
    return this.sent.get(key(sessionId, clOrdId));
  }

  noteOrderId(o: OrderRecord): void {
    if (o.orderId !== null) this.byOrderId.set(key(o.sessionId, o.orderId), o.orderKey);
  }

  byClOrdId(sessionId: string, clOrdId: string | undefined): OrderRecord | undefined {
    if (clOrdId === undefined) return undefined;
    const k = this.sent.get(key(sessionId, clOrdId))?.orderKey;
    return k === null || k === undefined ? undefined : this.orders.get(k);
  }

  /**
   * The order a report is about: by 11 (our D/G/F ids), then 41 (11 is then a status or mass request's id, or a
   * replace from elsewhere), then 37. A ClOrdID match whose OrderID disagrees with the report's is another
   * order's id (ClOrdIDs are unique per session, not per venue) and is passed over.
   */
  findForReport(
    sessionId: string,
    r: Pick<ExecReport, 'clOrdId' | 'origClOrdId' | 'orderId'>,
  ): OrderRecord | undefined {
    for (const id of [r.clOrdId, r.origClOrdId]) {
      const o = this.byClOrdId(sessionId, id);
      if (o !== undefined && (r.orderId === undefined || o.orderId === null || o.orderId === r.orderId)) return o;
    }
    return this.byVenueOrderId(sessionId, r.orderId);
  }

  byVenueOrderId(sessionId: string, orderId: string | undefined): OrderRecord | undefined {
    if (orderId === undefined) return undefined;
    const k = this.byOrderId.get(key(sessionId, orderId));
    return k === undefined ? undefined : this.orders.get(k);
  }
}
