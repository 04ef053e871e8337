import { describe, expect, it } from 'vitest';
import { MatchingEngine, bookViolations } from '../../../electron/sim/matching/index.js';
import type { EngineEvent, MarketDataEvent } from '../../../electron/sim/matching/index.js';
import { MAKER_OWNER, ManualMarketTimers, SyntheticMarket } from '../../../electron/sim/market/index.js';

interface Run {
  engine: MatchingEngine;
  market: SyntheticMarket;
  timers: ManualMarketTimers;
  stream: string[];
  reports: EngineEvent[];
}

function run(seed: number, ticks: number, rate = 2000, symbols = ['BTC/USD', 'ETH/USD']): Run {
  const stream: string[] = [];
  const reports: EngineEvent[] = [];
  let now = Date.UTC(2026, 0, 1);
  const engine = new MatchingEngine({
    onEvent: (e) => reports.push(e),
    onMarketData: (e: MarketDataEvent) => stream.push(JSON.stringify(e)),
    clock: { now: () => now },
    seed: 7,
    closedOrderRetention: 1000,
  });
  const timers = new ManualMarketTimers();
  const market = new SyntheticMarket(engine, { seed, rate, timers, tickMs: 20, symbols });
  market.start();
  for (let i = 0; i < ticks; i++) {
    now += 20;
    timers.fire();
  }
  return { engine, market, timers, stream, reports };
}

describe('SyntheticMarket', () => {
  it('gives the same market-data stream for the same seed and a different one for another seed', () => {
    const a = run(42, 100);
    const b = run(42, 100);
    const c = run(43, 100);
    expect(a.stream.length).toBeGreaterThan(1000);
    expect(b.stream).toEqual(a.stream);
    expect(c.stream).not.toEqual(a.stream);
  });

  it('keeps a live two-sided book with trades, a sane spread and a valid book structure', () => {
    const { engine, stream } = run(1, 200);
    for (const symbol of ['BTC/USD', 'ETH/USD']) {
      const depth = engine.depth(symbol, 50)!;
      expect(depth.bids.length).toBeGreaterThanOrEqual(5);
      expect(depth.asks.length).toBeGreaterThanOrEqual(5);
      expect(Number(depth.bids[0]!.price)).toBeLessThan(Number(depth.asks[0]!.price));
      const engineOf = engine.engineFor(symbol)!;
      expect(bookViolations(engineOf)).toEqual([]);
    }
    const trades = stream.filter((e) => e.includes('"kind":"trade"'));
    expect(trades.length).toBeGreaterThan(50);
  });

  it('issues about as many commands per tick as the rate asks for', () => {
    const calm = run(5, 50, 5);
    const busy = run(5, 5, 50_000);
    const commands = (r: Run): number =>
      r.stream.filter((e) => e.includes('"kind":"batch-end"')).length;
    // 5/s over 1 s of ticks: at most 5 commands (each touches at most one pair).
    expect(commands(calm)).toBeLessThanOrEqual(5);
    expect(commands(calm)).toBeGreaterThanOrEqual(3);
    // 50 000/s over 100 ms: about 5 000 commands, every one touching its pair's book.
    expect(commands(busy)).toBeGreaterThan(4000);
    expect(commands(busy)).toBeLessThanOrEqual(5000);
  });

  it('caps the maker’s resting orders at its ladder however long it runs', () => {
    const { engine } = run(9, 300, 5000);
    const open = engine.registry.sessionOrders(MAKER_OWNER.sessionId);
    expect(open.length).toBeGreaterThan(10);
    expect(open.length).toBeLessThanOrEqual(2 * 10 * 2);
  });

  it('trades against a user’s resting order near the reference', () => {
    const reports: EngineEvent[] = [];
    const engine = new MatchingEngine({ onEvent: (e) => reports.push(e), clock: { now: () => 0 } });
    const timers = new ManualMarketTimers();
    const market = new SyntheticMarket(engine, {
      seed: 3,
      rate: 1000,
      timers,
      symbols: ['BTC/USD'],
      refPrices: { 'BTC/USD': '50000' },
    });
    const user = { clientId: 'USER', sessionId: 'USER' };
    market.start();
    timers.fire(10);
    // A sell just above the reference: the best ask, inside the taker's reach (two rungs of $10: up to 50020.0).
    engine.handle({
      type: 'new-order',
      owner: user,
      clOrdId: 'u1',
      symbol: 'BTC/USD',
      side: '2',
      ordType: '2',
      orderQty: '0.001',
      price: '50000.1',
    });
    timers.fire(200);
    market.stop();
    expect(timers.active).toBe(0);
    const fills = reports.filter((e) => e.kind === 'trade' && e.owner.clientId === 'USER');
    expect(fills.length).toBeGreaterThan(0);
  });
});
