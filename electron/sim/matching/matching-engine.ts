// The embedded exchange's matching engine: one entry point (`handle`) for every command, one engine per pair, and
// the indices that span pairs (sessions, clients, OrderIDs). Single-threaded and synchronous: each command runs to
// completion, emitting its events in order, before the next one starts. Owned by the simulator in the main process.

import { isRefusal, readPrice, refuse } from './amounts.js';
import type { Refusal } from './amounts.js';
import { systemMatchingClock } from './clock.js';
import type { MatchingClock } from './clock.js';
import type { EngineCommand, IndexPriceCommand, NewOrderCommand } from './commands.js';
import type { FundsCheck, FundsRequest, MatchingEngineOptions } from './engine-options.js';
import { KrakenIdGenerator } from './id-generator.js';
import { InstrumentEngine } from './instrument-engine.js';
import { DEFAULT_INSTRUMENTS, InstrumentTable } from './instruments.js';
import type { Instrument } from './instruments.js';
import { Order } from './order.js';
import { OrderRegistry } from './order-registry.js';
import { onAmend, onCancel, onMassCancel, onStatus } from './order-requests.js';
import { Reporter } from './reporter.js';
import { TimeQueue } from './time-queue.js';
import { checkStatusForNew, validateNewOrder } from './validate-new-order.js';
import { depthSnapshot, topOfBook } from './book-views.js';
import type { DepthSnapshot, TopOfBook } from './book-views.js';

export type { FundsCheck, FundsRequest, MatchingEngineOptions } from './engine-options.js';

export class MatchingEngine {
  readonly clock: MatchingClock;
  readonly reporter: Reporter;
  readonly registry: OrderRegistry;
  /** The static pair definitions (for the InstrumentList); trading status lives in each pair's engine. */
  readonly instrumentTable: InstrumentTable;
  private readonly engines = new Map<string, InstrumentEngine>();
  /** The same engines in table order, for the batch ends after every command (no Map iterator per command). */
  private readonly engineList: InstrumentEngine[] = [];
  private readonly timeQueue = new TimeQueue();
  private readonly orderIds: KrakenIdGenerator;
  private readonly fundsCheck: FundsCheck | undefined;
  private readonly postOnlyCrossing: 'cancel' | 'reject';
  private readonly queued: EngineCommand[] = [];
  private running = false;

  constructor(options: MatchingEngineOptions) {
    const seed = options.seed ?? 1;
    this.clock = options.clock ?? systemMatchingClock;
    this.reporter = new Reporter(options.onEvent, this.clock, seed, options.reportsFor);
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
    this.instrumentTable = new InstrumentTable(options.instruments ?? DEFAULT_INSTRUMENTS);
    for (const instrument of this.instrumentTable.all()) {
      const engine = new InstrumentEngine(instrument, ctx);
      this.engines.set(instrument.symbol, engine);
      this.engineList.push(engine);
    }
  }

  /**
   * Run one command to completion. A command issued from inside an event callback (a synthetic participant
   * reacting to a fill) is queued and runs right after the current one, never in the middle of a match.
   */
  handle(cmd: EngineCommand): void {
    if (this.running) {
      this.queued.push(cmd);
      return;
    }
    this.running = true;
    try {
      this.run(cmd);
      for (let next = this.queued.shift(); next !== undefined; next = this.queued.shift()) this.run(next);
    } finally {
      this.running = false;
      this.queued.length = 0;
    }
  }

  private run(cmd: EngineCommand): void {
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
    for (const engine of this.engineList) engine.endBatch();
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
    if (this.fundsCheck !== undefined) {
      const funds: FundsRequest = { owner: cmd.owner, symbol: cmd.symbol, side: cmd.side, orderQty: cmd.orderQty };
      if (cmd.price !== undefined) funds.price = cmd.price;
      if (!this.fundsCheck(funds)) return this.rejectNew(cmd, refuse('insufficient-funds'));
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
