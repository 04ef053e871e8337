// The order manager of the workstation (main process): turns a trader's requests into D/G/F/H/q on the venue
// sessions, and every ExecutionReport, OrderCancelReject, BusinessMessageReject and session Reject back into one
// OrderView per order, FillViews and positions. No sockets and no Electron: the core binds the ports to its FIX
// sessions and streams each OrdersDelta to the renderer. Inbound handlers are called from the sessions'
// application callbacks, once per message in MsgSeqNum order.
import type { FixEncoder } from '../fix/codec/encoder.js';
import type { FixMessage } from '../fix/codec/fix-message.js';
import { dec } from '../../shared/domain/decimal.js';
import type { DecimalText } from '../../shared/domain/decimal-text.js';
import type { AmendRequest, NewOrderRequest, OrderView, PositionView } from '../../shared/domain/orders.js';
import type { CancelAllRequest, OrdersSnapshot } from '../../shared/ipc/commands.js';
import {
  buildNewOrderSingle,
  buildOrderCancelReplaceRequest,
  buildOrderCancelRequest,
  buildOrderMassCancelRequest,
  buildOrderMassStatusRequest,
  buildOrderStatusRequest,
  type MassCancelScope,
} from './build-requests.js';
import { ordTypeCode } from './fix-codes.js';
import { OmsError } from './oms-error.js';
import type { OrderManagerPorts, StatusTarget } from './order-manager-ports.js';
import { OmsState } from './oms-state.js';
import { isWorking, newRecord, toView, type OrderRecord, type PendingRequest } from './order-record.js';
import { requestKindOfMsgType } from './refuse-request.js';
import { takeExecutionReport, takeRefusal } from './take-report.js';
import { checkAmend, checkNewOrder } from './validate-request.js';

export class OrderManager {
  private readonly s: OmsState;

  constructor(private readonly ports: OrderManagerPorts) {
    this.s = new OmsState(ports);
  }

  // ---- commands -------------------------------------------------------------------------------------------

  /** Sends 35=D; the order is pending-new until the venue answers. Throws OmsError or the session's error. */
  newOrder(req: NewOrderRequest): OrderView {
    const checked = checkNewOrder(req);
    const rules = this.s.rules(req.sessionId);
    ordTypeCode(req.type, rules.dialect); // refuses a type the dialect cannot express before an id is spent
    const clOrdId = this.s.nextId(rules);
    const now = this.ports.now();
    const o = newRecord({
      orderKey: `${req.sessionId}:${clOrdId}`,
      sessionId: req.sessionId,
      clOrdId,
      symbol: req.symbol,
      side: req.side,
      type: req.type,
      tif: req.tif,
      ...checked,
      postOnly: req.postOnly === true,
      reduceOnly: req.reduceOnly === true,
      createdAt: now,
      recovered: false,
    });
    this.s.index.add(o);
    this.s.index.noteSent(o.sessionId, clOrdId, { kind: 'new', orderKey: o.orderKey }, null);
    // Awaiting an answer before the send: an in-process venue may answer inside it.
    o.newRequest = { seq: -1, epoch: this.s.epoch(o.sessionId) };
    let seq: number;
    try {
      seq = this.ports.send(o.sessionId, 'D', (enc) => buildNewOrderSingle(enc, o, rules, now));
    } catch (err) {
      this.s.index.remove(o, clOrdId);
      throw err;
    }
    if (o.newRequest !== null) {
      o.newRequest = { ...o.newRequest, seq };
      this.s.index.noteSent(o.sessionId, clOrdId, { kind: 'new', orderKey: o.orderKey }, seq);
    }
    this.s.batch.order(o);
    this.s.flush();
    return toView(o);
  }

  /** Sends 35=G with a new ClOrdID and 41 = the one in force; the order is pending-replace until answered. */
  amend(req: AmendRequest): OrderView {
    const o = this.working(req.orderKey, 'amend');
    const rules = this.s.rules(o.sessionId);
    if (!rules.amend) throw new OmsError('not-supported', 'this venue does not amend orders: cancel and re-enter');
    if (o.pendingReplace !== null || o.pendingCancel !== null) {
      throw new OmsError(
        'request-pending',
        `a ${o.pendingCancel !== null ? 'cancel' : 'amend'} of this order is awaiting the venue's answer`,
      );
    }
    if (rules.dialect === 'kraken' && o.orderId === null) {
      throw new OmsError('request-pending', 'the venue has not acknowledged the order yet: amend it once it has');
    }
    const c = checkAmend(req, o.type);
    const clOrdId = this.s.nextId(rules);
    const fields = {
      ...o,
      clOrdId,
      origClOrdId: o.clOrdId,
      qty: c.qty ?? o.qty,
      price: c.price ?? o.price,
      stopPrice: c.stopPrice ?? o.stopPrice,
    };
    const now = this.ports.now();
    const p = { kind: 'replace', clOrdId, epoch: this.s.epoch(o.sessionId), qty: fields.qty } as const;
    this.sendRequest(
      o,
      { ...p, price: fields.price ?? undefined, stopPrice: fields.stopPrice ?? undefined },
      'G',
      (enc) => buildOrderCancelReplaceRequest(enc, fields, rules, now),
      now,
    );
    return toView(o);
  }

  /** Sends 35=F for a working order; it is pending-cancel until the venue answers. */
  cancel(orderKey: string): OrderView {
    const o = this.working(orderKey, 'cancel');
    if (o.pendingCancel !== null) throw new OmsError('request-pending', 'a cancel of this order is already on its way');
    const rules = this.s.rules(o.sessionId);
    const clOrdId = this.s.nextId(rules);
    const now = this.ports.now();
    const fields = { clOrdId, origClOrdId: o.clOrdId, orderId: o.orderId, symbol: o.symbol, side: o.side, qty: o.qty };
    const p = { kind: 'cancel', clOrdId, epoch: this.s.epoch(o.sessionId) } as const;
    this.sendRequest(o, p, 'F', (enc) => buildOrderCancelRequest(enc, fields, rules, now), now);
    return toView(o);
  }

  /** One 35=F per matching working order without a cancel in flight; answers how many went out. */
  cancelAll(filter: CancelAllRequest = {}): number {
    let sent = 0;
    for (const o of this.s.index.orders.values()) {
      if (!isWorking(o) || o.pendingCancel !== null) continue;
      if (filter.sessionId !== undefined && o.sessionId !== filter.sessionId) continue;
      if (filter.symbol !== undefined && o.symbol !== filter.symbol) continue;
      if (filter.side !== undefined && o.side !== filter.side) continue;
      try {
        this.cancel(o.orderKey);
        sent++;
      } catch (err) {
        this.s.log(
          `${o.sessionId}: cancel of ${o.orderKey} not sent (${err instanceof Error ? err.message : String(err)})`,
        );
      }
    }
    return sent;
  }

  /**
   * Sends 35=q (the kill switch): by default 530=7, every open order of the account, including orders of other
   * sessions and earlier runs. Each canceled order comes back as its own 150=4. Returns the request's ClOrdID.
   */
  massCancel(sessionId: string, scope: MassCancelScope = 'all', symbol: string | null = null): string {
    const clOrdId = this.s.nextId(this.s.rules(sessionId));
    const now = this.ports.now();
    this.s.index.noteSent(sessionId, clOrdId, { kind: 'mass-cancel', orderKey: null }, null);
    this.s.massCancels.start(sessionId, clOrdId);
    let seq: number;
    try {
      seq = this.ports.send(sessionId, 'q', (enc) => buildOrderMassCancelRequest(enc, clOrdId, scope, symbol, now));
    } catch (err) {
      this.s.massCancels.forget(sessionId, clOrdId);
      throw err;
    }
    this.s.index.noteSent(sessionId, clOrdId, { kind: 'mass-cancel', orderKey: null }, seq);
    return clOrdId;
  }

  /**
   * Asks the venue where orders stand (after a reconnect or a restart): 35=H for each working order of the
   * session (Kraken needs its OrderID) and for each `targets` order this OMS does not hold, and 35=AF where the
   * venue has it. Answers are ER 150=I; orders not held become recovered OrderViews. Returns requests sent.
   */
  requestStatus(sessionId: string, targets: readonly StatusTarget[] = []): number {
    const rules = this.s.rules(sessionId);
    let sent = 0;
    if (rules.orderStatus) {
      for (const o of this.s.index.orders.values()) {
        if (o.sessionId !== sessionId || !isWorking(o)) continue;
        if (o.orderId === null && rules.dialect === 'kraken') continue;
        const f = { clOrdId: o.clOrdId, orderId: o.orderId, symbol: o.symbol, side: o.side };
        if (this.trySend(sessionId, 'H', (enc) => buildOrderStatusRequest(enc, f))) sent++;
      }
      for (const t of targets) {
        if (this.s.index.byVenueOrderId(sessionId, t.orderId) !== undefined) continue;
        const clOrdId = this.s.nextId(rules);
        this.s.index.noteSent(sessionId, clOrdId, { kind: 'status', orderKey: null }, null);
        const f = { clOrdId, orderId: t.orderId, symbol: t.symbol, side: t.side ?? null };
        if (this.trySend(sessionId, 'H', (enc) => buildOrderStatusRequest(enc, f))) sent++;
      }
    }
    if (rules.massStatus) {
      const id = this.s.nextId(rules);
      this.s.index.noteSent(sessionId, id, { kind: 'mass-status', orderKey: null }, null);
      if (this.trySend(sessionId, 'AF', (enc) => buildOrderMassStatusRequest(enc, id))) sent++;
    }
    return sent;
  }

  // ---- inbound --------------------------------------------------------------------------------------------

  /** An ExecutionReport (35=8); `possDup` is its 43=Y. */
  onExecutionReport(sessionId: string, msg: FixMessage, possDup: boolean): void {
    takeExecutionReport(this.s, sessionId, msg, possDup);
  }

  /** OrderCancelReject (35=9) of a plain FIX 4.4 venue: 11 is the refused request's id, 434 says which kind. */
  onOrderCancelReject(sessionId: string, msg: FixMessage): void {
    const clOrdId = msg.getString(11);
    const kind = msg.getString(434) === '2' ? 'replace' : 'cancel';
    const text =
      msg.getString(58) ?? `${kind === 'replace' ? 'amend' : 'cancel'} refused (102=${msg.getString(102) ?? '?'})`;
    if (clOrdId === undefined) return;
    const origClOrdId = msg.getString(41);
    const orderId = msg.getString(37);
    takeRefusal(this.s, {
      sessionId,
      clOrdId,
      kind,
      text,
      ...(origClOrdId !== undefined ? { origClOrdId } : {}),
      ...(orderId !== undefined && orderId !== 'NONE' ? { orderId } : {}),
    });
  }

  /** BusinessMessageReject (35=j): Kraken's answer to a refused D, F, G, H or q, linked by 379 (else by 45). */
  onBusinessMessageReject(sessionId: string, msg: FixMessage): void {
    const text = msg.getString(58) ?? `refused (380=${msg.getString(380) ?? '?'})`;
    const kind = requestKindOfMsgType(msg.getString(372));
    let clOrdId = msg.getString(379);
    const refSeq = msg.getInt(45);
    const bySeq = Number.isNaN(refSeq) ? undefined : this.s.index.requestOfSeq(sessionId, refSeq);
    if (clOrdId === undefined || clOrdId === '') clOrdId = bySeq?.clOrdId;
    if (clOrdId === undefined) {
      this.s.log(`${sessionId}: BusinessMessageReject of a ${msg.getString(372) ?? '?'} we cannot place: ${text}`);
      return;
    }
    takeRefusal(this.s, { sessionId, clOrdId, kind: kind ?? bySeq?.kind, text });
  }

  /** A session Reject (35=3) of one of our requests: it names the request only by MsgSeqNum (45). */
  onSessionReject(sessionId: string, refSeqNum: number, text?: string): void {
    const req = this.s.index.requestOfSeq(sessionId, refSeqNum);
    if (req === undefined) return;
    takeRefusal(this.s, {
      sessionId,
      clOrdId: req.clOrdId,
      kind: req.kind,
      text: `rejected by the FIX session layer: ${text ?? 'no reason given'}`,
    });
  }

  /** OrderMassCancelReport (35=r) of a plain FIX 4.4 venue. */
  onOrderMassCancelReport(sessionId: string, msg: FixMessage): void {
    const clOrdId = msg.getString(11);
    if (clOrdId === undefined) return;
    if (msg.getString(531) === '0')
      this.s.massCancels.rejected(sessionId, clOrdId, msg.getString(58) ?? 'mass cancel refused');
  }

  /** Logged on: requests from before are answered by status, not by their own reports; reconcile at once. */
  onSessionLogon(sessionId: string): void {
    this.s.nextEpoch(sessionId);
    this.s.index.clearSeqs(sessionId);
    for (const o of this.s.index.orders.values()) {
      if (o.sessionId !== sessionId || o.newRequest === null || o.orderId !== null) continue;
      o.text = 'no answer to the order before the session dropped: its state is unknown until the venue reports it';
      o.updatedAt = this.ports.now();
      this.s.batch.order(o);
    }
    this.requestStatus(sessionId);
    this.s.flush();
  }

  onSessionLogout(sessionId: string): void {
    this.s.log(`${sessionId}: logged out; order states are confirmed by status requests after the next logon`);
  }

  // ---- queries --------------------------------------------------------------------------------------------

  snapshot(): OrdersSnapshot {
    return {
      orders: [...this.s.index.orders.values()].map(toView),
      fills: this.s.ledger.all(),
      positions: this.s.ledger.positions.all(),
    };
  }

  /** Orders not in a terminal state (pending-new and pending requests included): risk counts these. */
  workingOrders(filter: CancelAllRequest = {}): OrderView[] {
    return [...this.s.index.orders.values()]
      .filter(
        (o) =>
          isWorking(o) &&
          (filter.sessionId === undefined || o.sessionId === filter.sessionId) &&
          (filter.symbol === undefined || o.symbol === filter.symbol) &&
          (filter.side === undefined || o.side === filter.side),
      )
      .map(toView);
  }

  order(orderKey: string): OrderView | undefined {
    const o = this.s.index.orders.get(orderKey);
    return o === undefined ? undefined : toView(o);
  }

  position(symbol: string): PositionView | undefined {
    return this.s.ledger.positions.view(symbol);
  }

  /** Marks a symbol (book mid or last trade); a position whose figures change goes out in a delta. */
  mark(symbol: string, price: DecimalText): void {
    const p = this.s.ledger.positions.mark(symbol, dec(price), this.ports.now());
    if (p === undefined) return;
    this.s.batch.position(p);
    this.s.flush();
  }

  // ---- internals ------------------------------------------------------------------------------------------

  /**
   * Sends a G or F with its overlay already in place (an in-process venue may answer inside send); the overlay is
   * taken back if the send fails, and learns its MsgSeqNum if still unanswered after it.
   */
  private sendRequest(
    o: OrderRecord,
    p: Omit<PendingRequest, 'seq'>,
    msgType: string,
    write: (enc: FixEncoder) => void,
    now: number,
  ): void {
    const slot = p.kind === 'replace' ? 'pendingReplace' : 'pendingCancel';
    const placed: PendingRequest = { ...p, seq: -1 };
    o[slot] = placed;
    this.s.index.noteSent(o.sessionId, p.clOrdId, { kind: p.kind, orderKey: o.orderKey }, null);
    let seq: number;
    try {
      seq = this.ports.send(o.sessionId, msgType, write);
    } catch (err) {
      if (o[slot] === placed) o[slot] = null;
      throw err;
    }
    if (o[slot] === placed) {
      o[slot] = { ...placed, seq };
      this.s.index.noteSent(o.sessionId, p.clOrdId, { kind: p.kind, orderKey: o.orderKey }, seq);
    }
    o.updatedAt = now;
    this.s.batch.order(o);
    this.s.flush();
  }

  private working(orderKey: string, what: string): OrderRecord {
    const o = this.s.index.orders.get(orderKey);
    if (o === undefined) throw new OmsError('unknown-order', `no order ${orderKey}`);
    if (!isWorking(o)) throw new OmsError('not-working', `cannot ${what} an order that is ${o.base}`);
    return o;
  }

  private trySend(sessionId: string, msgType: string, write: Parameters<OrderManagerPorts['send']>[2]): boolean {
    try {
      this.ports.send(sessionId, msgType, write);
      return true;
    } catch (err) {
      this.s.log(`${sessionId}: ${msgType} not sent (${err instanceof Error ? err.message : String(err)})`);
      return false;
    }
  }
}
