// A matching engine on a fake clock with every event collected, and short builders for commands.

import { MatchingEngine } from '../../../../electron/sim/matching/matching-engine.js';
import type { MatchingEngineOptions } from '../../../../electron/sim/matching/matching-engine.js';
import type { EngineCommand, NewOrderCommand, Owner } from '../../../../electron/sim/matching/commands.js';
import type {
  CanceledEvent,
  EngineEvent,
  OrderReport,
  RejectEvent,
  TradeEvent,
} from '../../../../electron/sim/matching/events.js';
import type { DepthSnapshot } from '../../../../electron/sim/matching/book-views.js';
import type { MarketDataEvent } from '../../../../electron/sim/matching/market-data-events.js';

export const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

export const alice: Owner = { clientId: 'alice', sessionId: 'alice-s1' };
export const alice2: Owner = { clientId: 'alice', sessionId: 'alice-s2' };
export const bob: Owner = { clientId: 'bob', sessionId: 'bob-s1' };
export const carol: Owner = { clientId: 'carol', sessionId: 'carol-s1' };

export class FakeClock {
  constructor(public t = T0) {}
  now(): number {
    return this.t;
  }
}

type OrderFields = Omit<NewOrderCommand, 'type' | 'owner' | 'clOrdId' | 'symbol' | 'side' | 'ordType' | 'orderQty'> &
  Partial<Pick<NewOrderCommand, 'symbol' | 'clOrdId'>>;

export class Harness {
  readonly clock = new FakeClock();
  readonly events: EngineEvent[] = [];
  readonly md: MarketDataEvent[] = [];
  readonly engine: MatchingEngine;
  private clOrdSeq = 1;

  constructor(options: Partial<MatchingEngineOptions> = {}) {
    this.engine = new MatchingEngine({
      onEvent: (e) => this.events.push(e),
      onMarketData: (e) => this.md.push(e),
      clock: this.clock,
      seed: 7,
      ...options,
    });
  }

  /** Run one command and return the events it produced. */
  send(cmd: EngineCommand): EngineEvent[] {
    const from = this.events.length;
    this.engine.handle(cmd);
    return this.events.slice(from);
  }

  nextClOrdId(): string {
    return String(this.clOrdSeq++);
  }

  order(owner: Owner, side: 'buy' | 'sell', ordType: NewOrderCommand['ordType'], qty: string, extra: OrderFields = {}) {
    const cmd: NewOrderCommand = {
      type: 'new-order',
      owner,
      clOrdId: extra.clOrdId ?? this.nextClOrdId(),
      symbol: extra.symbol ?? 'BTC/USD',
      side: side === 'buy' ? '1' : '2',
      ordType,
      orderQty: qty,
      ...extra,
    };
    return this.send(cmd);
  }

  limit(owner: Owner, side: 'buy' | 'sell', qty: string, price: string, extra: OrderFields = {}) {
    return this.order(owner, side, '2', qty, { price, ...extra });
  }

  market(owner: Owner, side: 'buy' | 'sell', qty: string, extra: OrderFields = {}) {
    return this.order(owner, side, '1', qty, extra);
  }

  depth(symbol = 'BTC/USD', levels = 10): DepthSnapshot {
    const d = this.engine.depth(symbol, levels);
    if (d === undefined) throw new Error(`no book for ${symbol}`);
    return d;
  }

  /** OrderID of the order a command just accepted. */
  static orderIdOf(events: EngineEvent[]): string {
    const accepted = events.find((e) => e.kind === 'accepted');
    if (accepted === undefined || accepted.kind !== 'accepted') throw new Error('no accepted event');
    return accepted.order.orderId;
  }
}

export function reports(events: EngineEvent[]): OrderReport[] {
  return events.filter((e): e is OrderReport => e.kind !== 'rejected' && e.kind !== 'mass-cancel-done');
}

export function trades(events: EngineEvent[]): TradeEvent[] {
  return events.filter((e): e is TradeEvent => e.kind === 'trade');
}

export function cancels(events: EngineEvent[]): CanceledEvent[] {
  return events.filter((e): e is CanceledEvent => e.kind === 'canceled');
}

export function rejects(events: EngineEvent[]): RejectEvent[] {
  return events.filter((e): e is RejectEvent => e.kind === 'rejected');
}

/** Compact "kind execType ordStatus clOrdId" lines, for asserting event sequences. */
export function summary(events: EngineEvent[]): string[] {
  return events.map((e) => {
    if (e.kind === 'rejected') return `rejected ${e.clOrdId} ${e.text}`;
    if (e.kind === 'mass-cancel-done') return `mass-cancel-done ${e.canceled}`;
    const base = `${e.kind} ${e.execType}/${e.order.ordStatus} ${e.order.clOrdId}`;
    if (e.kind === 'trade') return `${base} ${e.lastQty}@${e.lastPx} ${e.liquidity}`;
    if (e.kind === 'canceled') return `${base} ${e.reason}`;
    return base;
  });
}
