// Bodies of the order-entry requests the OMS sends (spec §1.6, §3.2): NewOrderSingle (D), OrderCancelRequest (F),
// OrderCancelReplaceRequest (G), OrderStatusRequest (H), OrderMassCancelRequest (q), OrderMassStatusRequest (AF).
// The session adds the header and trailer. Prices and quantities go out as the decimal text they were given.
import type { FixEncoder } from '../fix/codec/encoder.js';
import { formatUtcTimestamp, formatUtcTimestampSeconds } from '../fix/codec/timestamp.js';
import type { DecimalText } from '../../shared/domain/decimal-text.js';
import type { OrderType, Side, TimeInForce } from '../../shared/domain/orders.js';
import { execInstLetters, ordTypeCode, sideCode, tifCode } from './fix-codes.js';
import type { OmsVenueRules } from './venue-rules.js';

export interface OrderFields {
  readonly clOrdId: string;
  readonly symbol: string;
  readonly side: Side;
  readonly type: OrderType;
  readonly qty: DecimalText;
  readonly price: DecimalText | null;
  readonly stopPrice: DecimalText | null;
  readonly tif: TimeInForce;
  readonly expireAt: number | null;
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
}

function priceFields(enc: FixEncoder, f: Pick<OrderFields, 'price' | 'stopPrice'>): void {
  if (f.price !== null) enc.str(44, f.price);
  if (f.stopPrice !== null) enc.str(99, f.stopPrice);
}

export function buildNewOrderSingle(enc: FixEncoder, f: OrderFields, rules: OmsVenueRules, now: number): void {
  enc.str(11, f.clOrdId).str(55, f.symbol).str(54, sideCode(f.side)).str(38, f.qty);
  enc.str(40, ordTypeCode(f.type, rules.dialect));
  priceFields(enc, f);
  enc.str(59, tifCode(f.tif));
  // Kraken reads ExpireTime in whole seconds; any FIX 4.4 venue accepts that form too.
  if (f.tif === 'GTD' && f.expireAt !== null) enc.str(126, formatUtcTimestampSeconds(f.expireAt));
  const inst = execInstLetters(f.postOnly, f.reduceOnly, rules.dialect, rules.derivatives);
  if (inst !== '') enc.str(18, inst);
  enc.str(60, formatUtcTimestamp(now));
}

export interface CancelFields {
  readonly clOrdId: string;
  /** The ClOrdID of the order's last accepted state. */
  readonly origClOrdId: string;
  readonly orderId: string | null;
  readonly symbol: string;
  readonly side: Side;
  /** FIX 4.4 wants OrderQty on a cancel; Kraken does not list it. */
  readonly qty: DecimalText;
}

export function buildOrderCancelRequest(enc: FixEncoder, f: CancelFields, rules: OmsVenueRules, now: number): void {
  enc.str(11, f.clOrdId).str(41, f.origClOrdId);
  if (f.orderId !== null) enc.str(37, f.orderId);
  enc.str(55, f.symbol).str(54, sideCode(f.side));
  if (rules.dialect === 'standard') enc.str(38, f.qty);
  enc.str(60, formatUtcTimestamp(now));
}

/** G restates the whole order: the new quantity and prices, and the unchanged type, side and time in force. */
export function buildOrderCancelReplaceRequest(
  enc: FixEncoder,
  f: OrderFields & { readonly origClOrdId: string; readonly orderId: string | null },
  rules: OmsVenueRules,
  now: number,
): void {
  enc.str(11, f.clOrdId).str(41, f.origClOrdId);
  if (f.orderId !== null) enc.str(37, f.orderId);
  enc.str(55, f.symbol).str(54, sideCode(f.side)).str(38, f.qty).str(40, ordTypeCode(f.type, rules.dialect));
  priceFields(enc, f);
  enc.str(59, tifCode(f.tif));
  // Kraken's G takes no ExpireTime (the order keeps its own); a FIX 4.4 replace restates it.
  if (rules.dialect === 'standard' && f.tif === 'GTD' && f.expireAt !== null) {
    enc.str(126, formatUtcTimestampSeconds(f.expireAt));
  }
  // Kraken allows only P on an amend; reduce-only cannot change.
  const inst = execInstLetters(f.postOnly, rules.dialect === 'standard' && f.reduceOnly, rules.dialect, false);
  if (inst !== '') enc.str(18, inst);
  enc.str(60, formatUtcTimestamp(now));
}

export interface StatusFields {
  /** The order's ClOrdID, or a fresh one when asking about an order this OMS does not know. */
  readonly clOrdId: string;
  readonly orderId: string | null;
  readonly symbol: string;
  readonly side: Side | null;
}

export function buildOrderStatusRequest(enc: FixEncoder, f: StatusFields): void {
  enc.str(11, f.clOrdId);
  if (f.orderId !== null) enc.str(37, f.orderId);
  enc.str(55, f.symbol);
  if (f.side !== null) enc.str(54, sideCode(f.side));
}

/** 530: 1 the symbol's orders, 6 this session's orders, 7 every open order of the account (spec §1.6). */
export type MassCancelScope = 'symbol' | 'session' | 'all';

export function buildOrderMassCancelRequest(
  enc: FixEncoder,
  clOrdId: string,
  scope: MassCancelScope,
  symbol: string | null,
  now: number,
): void {
  enc.str(11, clOrdId).str(530, scope === 'symbol' ? '1' : scope === 'session' ? '6' : '7');
  if (scope === 'symbol' && symbol !== null) enc.str(55, symbol);
  enc.str(60, formatUtcTimestamp(now));
}

/** 585=7: status of every order (answered with one ER 150=I per order, 584 echoed). */
export function buildOrderMassStatusRequest(enc: FixEncoder, massStatusReqId: string): void {
  enc.str(584, massStatusReqId).str(585, '7');
}
