// The order's reportable state as decimal text, taken at the moment of an event.

import { formatAvgPx } from './decimal/avg-px.js';
import { formatScaled } from './decimal/scaled.js';
import type { OrderSnapshot } from './events.js';
import { OrdStatus } from './fix-codes.js';
import type { Order } from './order.js';

/** OrdStatus (39) from the order's phase and fills. */
export function ordStatusOf(order: Order): OrdStatus {
  switch (order.phase) {
    case 'pending':
      return OrdStatus.PendingNew;
    case 'untriggered':
    case 'active':
      return order.cumQty === 0n ? OrdStatus.New : OrdStatus.PartiallyFilled;
    case 'filled':
      return OrdStatus.Filled;
    case 'canceled':
      return OrdStatus.Canceled;
    case 'expired':
      return OrdStatus.Expired;
  }
}

export function snapshotOf(order: Order, ordStatus: OrdStatus = ordStatusOf(order)): OrderSnapshot {
  const { priceDecimals, lotDecimals } = order.instrument;
  const s: OrderSnapshot = {
    orderId: order.orderId,
    clOrdId: order.clOrdId,
    symbol: order.instrument.symbol,
    side: order.side,
    ordType: order.ordType,
    timeInForce: order.timeInForce,
    orderQty: formatScaled(order.orderQty, lotDecimals),
    cumQty: formatScaled(order.cumQty, lotDecimals),
    leavesQty: formatScaled(order.leavesQty, lotDecimals),
    avgPx: formatAvgPx(order.notional, order.cumQty, priceDecimals),
    ordStatus,
    postOnly: order.postOnly,
    reduceOnly: order.reduceOnly,
    selfTradePrevention: order.selfTradePrevention,
    untriggered: order.phase === 'untriggered',
  };
  if (order.origClOrdId !== undefined) s.origClOrdId = order.origClOrdId;
  if (order.price !== undefined) s.price = formatScaled(order.price, priceDecimals);
  if (order.stopPx !== undefined) s.stopPx = formatScaled(order.stopPx, priceDecimals);
  if (order.displayQty !== undefined) s.displayQty = formatScaled(order.displayQty, lotDecimals);
  if (order.expireTime !== undefined) s.expireTime = order.expireTime;
  if (order.effectiveTime !== undefined) s.effectiveTime = order.effectiveTime;
  return s;
}
