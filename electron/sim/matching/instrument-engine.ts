// The engine of one pair: its book, its untriggered stops, its last trade price and trade sequence. It owns the
// life of every order on the pair from acceptance to a terminal state; the router (matching-engine.ts) validates
// requests, keeps the cross-pair indices and drives time.

import type { MatchingClock } from './clock.js';
import { formatScaled } from './decimal/scaled.js';
import { execute } from './execution.js';
import { OrdType, Side, TriggerReference } from './fix-codes.js';
import type { KrakenIdGenerator } from './id-generator.js';
import type { AssetPairStatus, Instrument } from './instruments.js';
import type { MarketDataEvent } from './market-data-events.js';
import type { Order } from './order.js';
import { OrderBook } from './order-book.js';
import type { PriceLevel } from './price-level.js';
import type { CancelReason } from './reasons.js';
import type { Reporter } from './reporter.js';
import { TriggerBook, isTriggeredAt } from './trigger-book.js';
import { hasLimitPrice, hasStopPrice } from './validate-new-order.js';

export type MarketDataSink = (event: MarketDataEvent) => void;

/** What the router lends every pair engine. */
export interface InstrumentContext {
  readonly reporter: Reporter;
  readonly clock: MatchingClock;
  readonly tradeIds: KrakenIdGenerator;
  readonly marketData: MarketDataSink | undefined;
  /** Called exactly once when an order reaches a terminal phase. */
  closed(order: Order): void;
}

export class InstrumentEngine {
  readonly book: OrderBook;
  readonly lastTriggers = new TriggerBook();
  readonly indexTriggers = new TriggerBook();
  status: AssetPairStatus;
  lastTradePx: bigint | undefined = undefined;
  indexPx: bigint | undefined = undefined;
  tradeSeq = 0;
  private touched = false;

  constructor(
    readonly instrument: Instrument,
    readonly ctx: InstrumentContext,
  ) {
    this.status = instrument.status;
    this.book = new OrderBook((isBid, level) => this.publishLevel(isBid, level));
  }

  /** Would a limit order at `price` on this side trade against the book right now? */
  wouldTake(isBuy: boolean, price: bigint): boolean {
    const best = (isBuy ? this.book.asks : this.book.bids).best();
    return best !== undefined && (isBuy ? price >= best.price : price <= best.price);
  }

  /** A validated order enters: Pending New when it waits for its EffectiveTime, else New and straight to work. */
  start(order: Order): void {
    if (order.phase === 'pending') {
      this.ctx.reporter.accepted(order);
      return;
    }
    this.goLive(order);
  }

  /** EffectiveTime reached. */
  activate(order: Order): void {
    if (order.phase !== 'pending') return;
    this.goLive(order);
  }

  private goLive(order: Order): void {
    if (hasStopPrice(order.ordType)) {
      order.phase = 'untriggered';
      this.ctx.reporter.accepted(order);
      this.park(order);
    } else {
      order.phase = 'active';
      this.ctx.reporter.accepted(order);
      execute(this, order);
    }
    this.fireTriggers();
  }

  /** Wait for the trigger, or fire at once when the reference already crossed the stop. */
  park(order: Order, keepPriority = false): void {
    const ref = order.triggerReference === TriggerReference.Index ? this.indexPx : this.lastTradePx;
    if (ref !== undefined && isTriggeredAt(order, ref)) {
      this.trigger(order, ref);
      return;
    }
    this.triggersFor(order).add(order, keepPriority);
  }

  triggersFor(order: Order): TriggerBook {
    return order.triggerReference === TriggerReference.Index ? this.indexTriggers : this.lastTriggers;
  }

  /** Fire every stop the current references have crossed, including the cascade their own trades cause. */
  fireTriggers(): void {
    for (;;) {
      let ref = this.lastTradePx;
      let order = ref === undefined ? undefined : this.lastTriggers.takeFired(ref);
      if (order === undefined && this.indexPx !== undefined) {
        ref = this.indexPx;
        order = this.indexTriggers.takeFired(ref);
      }
      if (order === undefined || ref === undefined) return;
      this.trigger(order, ref);
    }
  }

  private trigger(order: Order, ref: bigint): void {
    order.ordType = hasLimitPrice(order.ordType) ? OrdType.Limit : OrdType.Market;
    order.phase = 'active';
    this.ctx.reporter.restated(order, ref);
    execute(this, order);
  }

  onIndexPrice(price: bigint): void {
    this.indexPx = price;
    this.fireTriggers();
  }

  cancel(order: Order, reason: CancelReason, requestClOrdId?: string): void {
    if (!order.isOpen) return;
    this.detach(order);
    order.phase = 'canceled';
    this.ctx.reporter.canceled(order, reason, requestClOrdId);
    this.ctx.closed(order);
  }

  expire(order: Order): void {
    if (!order.isOpen) return;
    this.detach(order);
    order.phase = 'expired';
    this.ctx.reporter.expired(order);
    this.ctx.closed(order);
  }

  /** The last fill completed the order. */
  filled(order: Order): void {
    this.detach(order);
    order.phase = 'filled';
    this.ctx.closed(order);
  }

  /** Out of the book or the trigger list, wherever it is. */
  detach(order: Order): void {
    if (order.isResting) this.book.remove(order);
    else if (order.phase === 'untriggered') this.triggersFor(order).remove(order);
  }

  nextTradeSeq(): number {
    return ++this.tradeSeq;
  }

  publish(event: MarketDataEvent): void {
    if (this.ctx.marketData === undefined) return;
    this.touched = true;
    this.ctx.marketData(event);
  }

  private publishLevel(isBid: boolean, level: PriceLevel): void {
    if (this.ctx.marketData === undefined) return;
    const { symbol, priceDecimals, lotDecimals } = this.instrument;
    this.publish({
      kind: 'level',
      symbol,
      side: isBid ? Side.Buy : Side.Sell,
      price: (level.priceText ??= formatScaled(level.price, priceDecimals)),
      qty: formatScaled(level.qty, lotDecimals),
      orderCount: level.count,
    });
  }

  /** Close the market-data batch of the current command if it touched this pair. */
  endBatch(): void {
    if (!this.touched) return;
    this.touched = false;
    this.ctx.marketData?.({ kind: 'batch-end', symbol: this.instrument.symbol });
  }
}
