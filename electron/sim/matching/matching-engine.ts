// The embedded exchange's matching engine: one entry point (`handle`) for every command, one engine per pair, and
// the indices that span pairs (sessions, clients, OrderIDs). Single-threaded and synchronous: each command runs to
// completion, emitting its events in order, before the next one starts. Owned by the simulator in the main process.

import { refuse } from './amounts.js';
import type { Refusal } from './amounts.js';
import { systemMatchingClock } from './clock.js';
import type { MatchingClock } from './clock.js';
import type { EngineCommand, IndexPriceCommand, NewOrderCommand, Owner } from './commands.js';
import { readPrice, isRefusal } from './amounts.js';
import type { Side } from './fix-codes.js';
import { KrakenIdGenerator } from './id-generator.js';
import { InstrumentEngine } from './instrument-engine.js';
import type { MarketDataSink } from './instrument-engine.js';
import { DEFAULT_INSTRUMENTS } from './instruments.js';
import type { Instrument } from './instruments.js';
import { Order } from './order.js';
import { OrderRegistry } from './order-registry.js';
import { onAmend, onCancel, onMassCancel, onStatus } from './order-requests.js';
import { Reporter } from './reporter.js';
import type { EngineEventSink } from './reporter.js';
import { TimeQueue } from './time-queue.js';
import { checkStatusForNew, validateNewOrder } from './validate-new-order.js';
import { depthSnapshot, topOfBook } from './book-views.js';
import type { DepthSnapshot, TopOfBook } from './book-views.js';

export interface FundsRequest {
  owner: Owner;
  symbol: string;
  side: Side;
  orderQty: string;
  price?: string;
}

/** Optional pre-trade balance check; false refuses the order with `EOrder:Insufficient funds`. */
export type FundsCheck = (request: FundsRequest) => boolean;

export interface MatchingEngineOptions {
  onEvent: EngineEventSink;
  onMarketData?: MarketDataSink;
  clock?: MatchingClock;
  /** Seeds OrderIDs, ExecIDs and trade ids: the same seed and commands give the same ids. */
  seed?: number;
  instruments?: readonly Instrument[];
  fundsCheck?: FundsCheck;
  /**
   * A post-only order that would take: 'cancel' (default) acknowledges it and cancels it at once with
   * "Post only order" (spec §4.2 lists the post-only kill among 150=4 causes); 'reject' refuses it as 35=j
   * `EOrder:Post only order` (what Kraken's REST AddOrder answers).
   */
  postOnlyCrossing?: 'cancel' | 'reject';
  /** How many closed orders 35=H can still find (default 10 000). */
  closedOrderRetention?: number;
}

export class MatchingEngine {
  readonly clock: MatchingClock;
  readonly reporter: Reporter;
  readonly registry: OrderRegistry;
  private readonly engines = new Map<string, InstrumentEngine>();
  private readonly timeQueue = new TimeQueue();
  private readonly orderIds: KrakenIdGenerator;
  private readonly fundsCheck: FundsCheck | undefined;
  private readonly postOnlyCrossing: 'cancel' | 'reject';

  constructor(options: MatchingEngineOptions) {
    const seed = options.seed ?? 1;
    this.clock = options.clock ?? systemMatchingClock;
    this.reporter = new Reporter(options.onEvent, this.clock, seed);
    this.registry = new OrderRegistry(options.closedOrderRetention ?? 10_000);
    this.orderIds = new KrakenIdGenerator('O', seed, 1);
    this.fundsCheck = options.fundsCheck;
    this.postOnlyCrossing = options.postOnlyCrossing ?? 'cancel';
    const ctx = {
      reporter: this.reporter,
      clock: this.clock,
      tradeIds: new KrakenIdGenerator('T', seed, 3),
      marketData: options.onMarketData,
      closed: (order: Order) => this.registry.close(order),
    };
    for (const instrument of options.instruments ?? DEFAULT_INSTRUMENTS) {
      this.engines.set(instrument.symbol, new InstrumentEngine(instrument, ctx));
    }
  }

  handle(cmd: EngineCommand): void {
    this.advanceTime();
    switch (cmd.type) {
      case 'new-order':
        this.onNewOrder(cmd);
        break;
      case 'cancel':
        onCancel(this, cmd);
        break;
      case 'amend':
        onAmend(this, cmd);
        break;
      case 'status':
        onStatus(this, cmd);
        break;
      case 'mass-cancel':
        onMassCancel(this, cmd);
        break;
      case 'disconnect':
        for (const order of this.registry.sessionOrders(cmd.sessionId)) {
          this.engineOf(order).cancel(order, 'cancel-on-disconnect');
        }
        break;
      case 'tick':
        break;
      case 'index-price':
        this.onIndexPrice(cmd);
        break;
      case 'instrument-status':
        this.requireEngine(cmd.symbol).status = cmd.status;
        break;
    }
    for (const engine of this.engines.values()) engine.endBatch();
  }

  /** The pair's engine, or undefined for an unknown or delisted pair (Kraken: `EQuery:Unknown asset pair`). */
  engineFor(symbol: string): InstrumentEngine | undefined {
    const engine = this.engines.get(symbol);
    return engine === undefined || engine.status === 'delisted' ? undefined : engine;
  }

  engineOf(order: Order): InstrumentEngine {
    return this.requireEngine(order.instrument.symbol);
  }

  instruments(): Instrument[] {
    return [...this.engines.values()].map((e) => e.instrument);
  }

  topOfBook(symbol: string): TopOfBook | undefined {
    const engine = this.engineFor(symbol);
    return engine === undefined ? undefined : topOfBook(engine);
  }

  depth(symbol: string, levels: number): DepthSnapshot | undefined {
    const engine = this.engineFor(symbol);
    return engine === undefined ? undefined : depthSnapshot(engine, levels);
  }

  /** Activations and expiries due by the clock, in time order. */
  private advanceTime(): void {
    const now = this.clock.now();
    for (let due = this.timeQueue.popDue(now); due !== undefined; due = this.timeQueue.popDue(now)) {
      const engine = this.engineOf(due.order);
      if (due.action === 'activate') engine.activate(due.order);
      else engine.expire(due.order);
    }
  }

  private onNewOrder(cmd: NewOrderCommand): void {
    const engine = this.engineFor(cmd.symbol);
    if (engine === undefined) return this.rejectNew(cmd, refuse('unknown-pair'));
    const now = this.clock.now();
    const valid = validateNewOrder(cmd, engine.instrument, now);
    if (isRefusal(valid)) return this.rejectNew(cmd, valid);
    const status = checkStatusForNew(engine.status, cmd);
    if (status !== undefined) return this.rejectNew(cmd, status);
    if (this.registry.findOpenByClOrdId(cmd.owner.sessionId, cmd.clOrdId) !== undefined) {
      return this.rejectNew(cmd, refuse('duplicate-cl-ord-id'));
    }
    const funds: FundsRequest = { owner: cmd.owner, symbol: cmd.symbol, side: cmd.side, orderQty: cmd.orderQty };
    if (cmd.price !== undefined) funds.price = cmd.price;
    if (this.fundsCheck !== undefined && !this.fundsCheck(funds)) {
      return this.rejectNew(cmd, refuse('insufficient-funds'));
    }
    if (
      this.postOnlyCrossing === 'reject' &&
      cmd.postOnly === true &&
      valid.effectiveTime === undefined &&
      valid.price !== undefined &&
      engine.wouldTake(cmd.side === '1', valid.price)
    ) {
      return this.rejectNew(cmd, refuse('post-only'));
    }

    const order = new Order({
      orderId: this.orderIds.next(),
      owner: cmd.owner,
      instrument: engine.instrument,
      clOrdId: cmd.clOrdId,
      side: cmd.side,
      ...valid,
      postOnly: cmd.postOnly === true,
      reduceOnly: cmd.reduceOnly === true,
      feeInBase: cmd.feeInBase === true,
    });
    this.registry.add(order);
    if (valid.effectiveTime !== undefined) {
      order.phase = 'pending';
      this.timeQueue.push(valid.effectiveTime, 'activate', order);
    }
    if (valid.expireTime !== undefined) this.timeQueue.push(valid.expireTime, 'expire', order);
    engine.start(order);
  }

  private rejectNew(cmd: NewOrderCommand, refusal: Refusal): void {
    this.reporter.rejected(cmd.owner, 'D', cmd.clOrdId, refusal);
  }

  private onIndexPrice(cmd: IndexPriceCommand): void {
    const engine = this.requireEngine(cmd.symbol);
    const price = readPrice(cmd.price, engine.instrument);
    if (isRefusal(price)) throw new Error(`index price ${cmd.price} for ${cmd.symbol}: ${price.code}`);
    engine.onIndexPrice(price);
  }

  private requireEngine(symbol: string): InstrumentEngine {
    const engine = this.engines.get(symbol);
    if (engine === undefined) throw new Error(`unknown instrument ${symbol}`);
    return engine;
  }
}
