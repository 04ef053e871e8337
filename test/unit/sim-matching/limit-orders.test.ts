import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, carol, summary, trades } from './support/harness.js';

describe('limit orders', () => {
  it('rests a limit order that does not cross and acknowledges it as New', () => {
    const h = new Harness();
    const events = h.limit(alice, 'buy', '0.5', '50000.0');
    expect(summary(events)).toEqual(['accepted 0/0 1']);
    const acc = events[0]!;
    if (acc.kind !== 'accepted') throw new Error('expected accepted');
    expect(acc.order).toMatchObject({
      orderQty: '0.50000000',
      price: '50000.0',
      cumQty: '0.00000000',
      leavesQty: '0.50000000',
      avgPx: '0.0',
      ordType: '2',
      timeInForce: '1',
    });
    expect(acc.order.orderId).toMatch(/^O[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}$/);
    expect(h.engine.topOfBook('BTC/USD')).toEqual({
      symbol: 'BTC/USD',
      bid: { price: '50000.0', qty: '0.50000000', orderCount: 1 },
    });
  });

  it('fills a crossing limit order at the resting price and reports maker and taker', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0');
    const events = h.limit(bob, 'buy', '0.4', '50100.0');
    expect(summary(events)).toEqual([
      'accepted 0/0 2',
      'trade F/1 1 0.40000000@50000.0 maker',
      'trade F/2 2 0.40000000@50000.0 taker',
    ]);
    const [maker, taker] = trades(events);
    expect(maker!.owner).toEqual(alice);
    expect(maker!.order).toMatchObject({ cumQty: '0.40000000', leavesQty: '0.60000000', avgPx: '50000.0' });
    expect(taker!.order).toMatchObject({ cumQty: '0.40000000', leavesQty: '0.00000000', avgPx: '50000.0' });
    expect(maker!.tradeSeq).toBe(1);
    expect(taker!.tradeSeq).toBe(1);
    expect(maker!.tradeId).toBe(taker!.tradeId);
    expect(maker!.execId).not.toBe(taker!.execId);
    // 0.4 × 50000 = 20000 USD; maker 0.25% = 50, taker 0.40% = 80.
    expect(maker!.fee).toBe('50.00000');
    expect(taker!.fee).toBe('80.00000');
    expect(taker!.feeCurrency).toBe('USD');
  });

  it('sweeps several levels best price first and rests the remainder', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50002.0');
    h.limit(alice, 'sell', '1', '50000.0');
    h.limit(alice, 'sell', '1', '50001.0');
    const events = h.limit(bob, 'buy', '2.5', '50001.0');
    expect(trades(events).map((t) => `${t.liquidity} ${t.lastQty}@${t.lastPx}`)).toEqual([
      'maker 1.00000000@50000.0',
      'taker 1.00000000@50000.0',
      'maker 1.00000000@50001.0',
      'taker 1.00000000@50001.0',
    ]);
    const last = events[events.length - 1]!;
    if (last.kind !== 'trade') throw new Error('expected trade');
    expect(last.order).toMatchObject({
      ordStatus: '1',
      cumQty: '2.00000000',
      leavesQty: '0.50000000',
      avgPx: '50000.5',
    });
    expect(h.depth('BTC/USD', 5)).toEqual({
      symbol: 'BTC/USD',
      bids: [{ price: '50001.0', qty: '0.50000000', orderCount: 1 }],
      asks: [{ price: '50002.0', qty: '1.00000000', orderCount: 1 }],
    });
  });

  it('matches orders at one price in time priority', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '100.00', { symbol: 'SOL/USD', clOrdId: 'a' });
    h.limit(bob, 'sell', '1', '100.00', { symbol: 'SOL/USD', clOrdId: 'b' });
    h.limit(alice, 'sell', '1', '100.00', { symbol: 'SOL/USD', clOrdId: 'c' });
    const events = h.limit(carol, 'buy', '2.5', '100.00', { symbol: 'SOL/USD', clOrdId: 'x' });
    const makers = trades(events).filter((t) => t.liquidity === 'maker');
    expect(makers.map((t) => `${t.order.clOrdId} ${t.lastQty}`)).toEqual([
      'a 1.00000000',
      'b 1.00000000',
      'c 0.50000000',
    ]);
  });

  it('gives a better price priority over an earlier order', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '1', '99.00', { symbol: 'SOL/USD', clOrdId: 'early' });
    h.limit(bob, 'buy', '1', '99.50', { symbol: 'SOL/USD', clOrdId: 'better' });
    const events = h.limit(carol, 'sell', '1', '99.00', { symbol: 'SOL/USD' });
    expect(trades(events)[0]!.order.clOrdId).toBe('better');
    expect(trades(events)[0]!.lastPx).toBe('99.50');
  });
});
