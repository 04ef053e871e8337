// Inbound order-entry answers applied to the OMS state: ExecutionReports (with duplicate and PossDup handling,
// recovered orders, fills and positions) and refusals of our requests (35=j, 35=9, 35=3). The OrderManager's
// inbound methods read the message and call these; each ends with one delta.
import type { FixMessage } from '../fix/codec/fix-message.js';
import { applyReport } from './apply-report.js';
import { avgScaleOf } from './fill-ledger.js';
import { ExecType } from './fix-codes.js';
import type { OmsState } from './oms-state.js';
import type { RequestKind } from './order-index.js';
import type { OrderRecord } from './order-record.js';
import { readExecutionReport, type ExecReport } from './read-execution-report.js';
import { recoveredRecord } from './recover-order.js';
import { refuseRequest } from './refuse-request.js';

/** The order a report is about, created as a recovered order when we do not hold it. */
function orderFor(s: OmsState, sessionId: string, r: ExecReport, now: number): OrderRecord | undefined {
  const found = s.index.findForReport(sessionId, r);
  if (found !== undefined) return found;
  const sent = r.clOrdId === undefined ? undefined : s.index.sentId(sessionId, r.clOrdId);
  // 11 is one of our status or mass requests: the order's own id is in 41.
  const own = sent !== undefined && sent.orderKey === null ? r.origClOrdId : r.clOrdId;
  const o = recoveredRecord(sessionId, r, own, (k) => s.index.orders.has(k), now);
  if (o === null) return undefined;
  s.index.add(o);
  for (const id of [own, r.clOrdId === own ? r.origClOrdId : undefined]) {
    // An id we already hold for another order stays with it (the OrderID tells the two apart).
    if (id !== undefined && s.index.sentId(sessionId, id) === undefined) {
      s.index.noteSent(sessionId, id, { kind: 'new', orderKey: o.orderKey }, null);
    }
  }
  return o;
}

/** A status answer after a reconnect: requests sent before it can no longer be answered, the answer stands. */
function dropUnanswerable(s: OmsState, o: OrderRecord): void {
  const epoch = s.epoch(o.sessionId);
  if (o.pendingReplace !== null && o.pendingReplace.epoch < epoch) o.pendingReplace = null;
  if (o.pendingCancel !== null && o.pendingCancel.epoch < epoch) o.pendingCancel = null;
}

export function takeExecutionReport(s: OmsState, sessionId: string, msg: FixMessage, possDup: boolean): void {
  const r = readExecutionReport(msg);
  const isStatus = r.execType === ExecType.OrderStatus;
  // A resent status answer is an old snapshot: a fresh answer or a live report says more.
  if (isStatus && possDup) return;
  if (!isStatus && r.execId !== undefined) {
    if (s.ledger.seenExec(sessionId, r.execId)) {
      s.log(`${sessionId}: ExecutionReport ${r.execId} already applied${possDup ? ' (PossDup)' : ''}; ignored`);
      return;
    }
    s.ledger.noteExec(sessionId, r.execId);
  }
  if (r.clOrdId !== undefined && r.execType === ExecType.Canceled) {
    if (s.index.sentId(sessionId, r.clOrdId)?.kind === 'mass-cancel') s.massCancels.canceled(sessionId, r.clOrdId);
  }
  const now = s.ports.now();
  const o = orderFor(s, sessionId, r, now);
  if (o === undefined) {
    s.log(`${sessionId}: ExecutionReport ${r.execId ?? '?'} names no order we can place (no symbol or side)`);
    return;
  }
  if (isStatus) dropUnanswerable(s, o);
  const instrument = s.ports.instrument(o.symbol);
  s.answered(o, () => applyReport(o, r, { avgScale: avgScaleOf(instrument), now }));
  s.index.noteOrderId(o);
  if (r.execType === ExecType.Trade) {
    const booked = s.ledger.record(o, r, instrument, now);
    if (booked !== null) {
      s.batch.fill(booked.fill);
      s.batch.position(booked.position);
    }
  }
  s.batch.order(o);
  s.flush();
}

export interface Refusal {
  readonly sessionId: string;
  /** The refused request's ClOrdID (379, or 11 of a 35=9). */
  readonly clOrdId: string;
  /** From 372 / 434 / the request's MsgSeqNum; else from what we recorded when sending it. */
  readonly kind: RequestKind | undefined;
  readonly text: string;
  /** 35=9's 41 and 37, to find the order when 11 is not ours. */
  readonly origClOrdId?: string;
  readonly orderId?: string;
}

export function takeRefusal(s: OmsState, f: Refusal): void {
  const kind = f.kind ?? s.index.sentId(f.sessionId, f.clOrdId)?.kind;
  if (kind === 'mass-cancel') {
    s.massCancels.rejected(f.sessionId, f.clOrdId, f.text);
    return;
  }
  const o =
    s.index.byClOrdId(f.sessionId, f.clOrdId) ??
    s.index.findForReport(f.sessionId, { clOrdId: f.origClOrdId, origClOrdId: undefined, orderId: f.orderId });
  if (o === undefined || kind === undefined) {
    s.log(`${f.sessionId}: refusal of ${f.clOrdId} matches no request of ours: ${f.text}`);
    return;
  }
  s.answered(o, () => refuseRequest(o, kind, f.clOrdId, f.text, s.ports.now()));
  s.batch.order(o);
  s.flush();
}
