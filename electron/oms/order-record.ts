// The OMS's mutable state of one order (one cancel/replace chain) and its read-only OrderView. The venue's
// life-cycle state (`base`) is kept apart from our requests in flight: a pending cancel or replace overlays the
// status while it waits, and a rejected request simply drops the overlay, which returns the order to the state the
// venue last reported (fills received meanwhile included). Owned by the OrderManager in main.
import { cmp, dec, isZero, sub, type Dec } from '../../shared/domain/decimal.js';
import type { DecimalText } from '../../shared/domain/decimal-text.js';
import {
  isTerminalStatus,
  type OrderStatus,
  type OrderType,
  type OrderView,
  type Side,
  type TimeInForce,
} from '../../shared/domain/orders.js';
import { outText } from './decimal-out.js';

/** A 35=G or 35=F of ours awaiting the venue's answer. */
export interface PendingRequest {
  readonly kind: 'replace' | 'cancel';
  readonly clOrdId: string;
  /** MsgSeqNum it went out with (a session Reject 35=3 names it in 45). */
  readonly seq: number;
  /** The session's logon count when sent: a request from before a reconnect may never be answered. */
  readonly epoch: number;
  readonly qty?: DecimalText;
  readonly price?: DecimalText;
  readonly stopPrice?: DecimalText;
}

export interface OrderRecord {
  readonly orderKey: string;
  readonly sessionId: string;
  clOrdId: string;
  orderId: string | null;
  symbol: string;
  side: Side;
  type: OrderType;
  tif: TimeInForce;
  qty: DecimalText;
  price: DecimalText | null;
  stopPrice: DecimalText | null;
  postOnly: boolean;
  reduceOnly: boolean;
  expireAt: number | null;
  /** The life-cycle state the venue last reported (pending-new until the first answer). */
  base: OrderStatus;
  cumQty: Dec;
  leavesQty: Dec;
  avgPx: DecimalText;
  /** Σ LastQty × LastPx behind cumQty: exact while every fill was seen, else rebuilt from AvgPx × CumQty. */
  notional: Dec;
  /** The 35=D's MsgSeqNum and epoch until the venue first answers it. */
  newRequest: { seq: number; epoch: number } | null;
  pendingReplace: PendingRequest | null;
  pendingCancel: PendingRequest | null;
  text: string | null;
  readonly createdAt: number;
  updatedAt: number;
  readonly recovered: boolean;
}

export function newRecord(
  init: Pick<
    OrderRecord,
    | 'orderKey'
    | 'sessionId'
    | 'clOrdId'
    | 'symbol'
    | 'side'
    | 'type'
    | 'tif'
    | 'qty'
    | 'price'
    | 'stopPrice'
    | 'postOnly'
    | 'reduceOnly'
    | 'expireAt'
    | 'createdAt'
    | 'recovered'
  >,
): OrderRecord {
  return {
    ...init,
    orderId: null,
    base: 'pending-new',
    cumQty: dec('0'),
    leavesQty: dec(init.qty),
    avgPx: '0',
    notional: dec('0'),
    newRequest: null,
    pendingReplace: null,
    pendingCancel: null,
    text: null,
    updatedAt: init.createdAt,
  };
}

/** Status as shown: a terminal state wins, then a cancel in flight, then a replace in flight (FIX precedence). */
export function shownStatus(o: OrderRecord): OrderStatus {
  if (isTerminalStatus(o.base)) return o.base;
  if (o.pendingCancel !== null) return 'pending-cancel';
  if (o.pendingReplace !== null) return 'pending-replace';
  return o.base;
}

/** Live at the venue or about to be: counts for risk (open orders, position plus working quantity). */
export function isWorking(o: OrderRecord): boolean {
  return !isTerminalStatus(o.base);
}

export function remaining(o: OrderRecord): Dec {
  const left = sub(dec(o.qty), o.cumQty);
  return cmp(left, dec('0')) > 0 ? left : dec('0');
}

export function toView(o: OrderRecord): OrderView {
  const terminal = isTerminalStatus(o.base);
  return {
    orderKey: o.orderKey,
    sessionId: o.sessionId,
    clOrdId: o.clOrdId,
    pendingClOrdId: o.pendingCancel?.clOrdId ?? o.pendingReplace?.clOrdId ?? null,
    orderId: o.orderId,
    symbol: o.symbol,
    side: o.side,
    type: o.type,
    tif: o.tif,
    qty: o.qty,
    price: o.price,
    stopPrice: o.stopPrice,
    cumQty: outText(o.cumQty),
    leavesQty: terminal || isZero(o.leavesQty) ? '0' : outText(o.leavesQty),
    avgPx: o.avgPx,
    status: shownStatus(o),
    postOnly: o.postOnly,
    text: o.text,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
    recovered: o.recovered,
  };
}
