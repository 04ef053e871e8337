// Running an active order against the book: post-only and fill-or-kill checks, the price-time matching loop with
// self-trade prevention, and what happens to the remainder (rest, or cancel for market/IOC). Trades always print
// at the resting order's price.

import { formatScaled } from './decimal/scaled.js';
import { feeFor } from './fees.js';
import { OrdType, SelfTradePrevention, TimeInForce } from './fix-codes.js';
import type { InstrumentEngine } from './instrument-engine.js';
import type { Order } from './order.js';
import type { PriceLevel } from './price-level.js';

export function execute(engine: InstrumentEngine, order: Order): void {
  const limit = order.price;
  const isMarket = order.ordType === OrdType.Market;
  if (order.postOnly && limit !== undefined && engine.wouldTake(order.isBuy, limit)) {
    engine.cancel(order, 'post-only');
    return;
  }
  if (order.timeInForce === TimeInForce.FillOrKill && fillableQty(engine, order) < order.orderQty - order.cumQty) {
    engine.cancel(order, 'fok-not-fillable');
    return;
  }
  matchAggressor(engine, order);
  if (!order.isOpen) return;
  if (isMarket) engine.cancel(order, 'market-no-liquidity');
  else if (order.timeInForce === TimeInForce.FillOrKill) engine.cancel(order, 'fok-not-fillable');
  else if (order.timeInForce === TimeInForce.ImmediateOrCancel) engine.cancel(order, 'ioc-remainder');
  else engine.book.add(order);
}

function acceptable(taker: Order, levelPrice: bigint): boolean {
  const limit = taker.price;
  if (taker.ordType === OrdType.Market || limit === undefined) return true;
  return taker.isBuy ? levelPrice <= limit : levelPrice >= limit;
}

/** Trade the taker against the opposite side until it is done, the prices stop crossing, or STP stops it. */
export function matchAggressor(engine: InstrumentEngine, taker: Order): void {
  const opposite = engine.book.oppositeOf(taker);
  while (taker.isOpen && taker.cumQty < taker.orderQty) {
    const level = opposite.best();
    if (level === undefined || !acceptable(taker, level.price)) return;
    const maker = level.head!;
    if (maker.owner.clientId === taker.owner.clientId) {
      const mode = taker.selfTradePrevention;
      if (mode === SelfTradePrevention.CancelOldest) {
        engine.cancel(maker, 'self-trade-prevention');
        continue;
      }
      if (mode === SelfTradePrevention.CancelBoth) engine.cancel(maker, 'self-trade-prevention');
      engine.cancel(taker, 'self-trade-prevention');
      return;
    }
    const takerLeaves = taker.orderQty - taker.cumQty;
    trade(engine, taker, maker, level, takerLeaves < maker.visibleQty ? takerLeaves : maker.visibleQty);
  }
}

function trade(engine: InstrumentEngine, taker: Order, maker: Order, level: PriceLevel, qty: bigint): void {
  const price = level.price;
  const instrument = engine.instrument;
  const tradeSeq = engine.nextTradeSeq();
  const reporter = engine.ctx.reporter;
  const reportMaker = reporter.wants(maker.owner);
  const reportTaker = reporter.wants(taker.owner);
  // Between two synthetic participants nobody reads the trade id: it is used up, not made (ids stay seed-stable).
  let tradeId = '';
  if (reportMaker || reportTaker) tradeId = engine.ctx.tradeIds.next();
  else engine.ctx.tradeIds.skip();
  const notional = qty * price;
  maker.cumQty += qty;
  maker.notional += notional;
  taker.cumQty += qty;
  taker.notional += notional;
  engine.lastTradePx = price;

  engine.publish({
    kind: 'trade',
    symbol: instrument.symbol,
    price: formatScaled(price, instrument.priceDecimals),
    qty: formatScaled(qty, instrument.lotDecimals),
    aggressorSide: taker.side,
    takerOrdType: taker.ordType,
    tradeSeq,
    time: engine.ctx.clock.now(),
  });
  engine.book.applyFill(maker, qty);
  if (maker.cumQty === maker.orderQty) engine.filled(maker);
  if (taker.cumQty === taker.orderQty) engine.filled(taker);

  if (reportMaker) {
    const fee = feeFor(instrument, qty, price, instrument.makerFeeBps, maker.feeInBase);
    reporter.trade(maker, { qty, price, tradeSeq, tradeId, liquidity: 'maker', fee, counterOrderId: taker.orderId });
  } else reporter.skip();
  if (reportTaker) {
    const fee = feeFor(instrument, qty, price, instrument.takerFeeBps, taker.feeInBase);
    reporter.trade(taker, { qty, price, tradeSeq, tradeId, liquidity: 'taker', fee, counterOrderId: maker.orderId });
  } else reporter.skip();
}

/**
 * How much the taker could fill right now, walking the book exactly as matchAggressor would: an own order stops
 * the walk (STP cancel newest/both kills the taker there) or is skipped (cancel oldest). At a level the walk
 * stops at, iceberg reserves do not count: they refresh behind the own order.
 */
export function fillableQty(engine: InstrumentEngine, taker: Order): bigint {
  const need = taker.orderQty - taker.cumQty;
  const skipOwn = taker.selfTradePrevention === SelfTradePrevention.CancelOldest;
  let total = 0n;
  for (const level of engine.book.oppositeOf(taker).fromBest()) {
    if (!acceptable(taker, level.price)) break;
    let visible = 0n;
    let hidden = 0n;
    for (let o = level.head; o !== undefined; o = o.next) {
      if (o.owner.clientId === taker.owner.clientId) {
        if (skipOwn) continue;
        return total + visible;
      }
      visible += o.visibleQty;
      hidden += o.orderQty - o.cumQty - o.visibleQty;
    }
    total += visible + hidden;
    if (total >= need) return total;
  }
  return total;
}
