import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, cancels, summary, trades } from './support/harness.js';

describe('market orders', () => {
  it('sweep the book until filled', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.3', '3000.00', { symbol: 'ETH/USD' });
    h.limit(alice, 'sell', '0.3', '3000.50', { symbol: 'ETH/USD' });
    const events = h.market(bob, 'buy', '0.5', { symbol: 'ETH/USD' });
    const taker = trades(events).filter((t) => t.liquidity === 'taker');
    expect(taker.map((t) => `${t.lastQty}@${t.lastPx}`)).toEqual(['0.30000000@3000.00', '0.20000000@3000.50']);
    expect(taker[1]!.order).toMatchObject({ ordStatus: '2', leavesQty: '0.00000000', avgPx: '3000.20' });
    expect(h.engine.topOfBook('ETH/USD')?.ask).toEqual({ price: '3000.50', qty: '0.10000000', orderCount: 1 });
  });

  it('is canceled with a reason when there is nothing to trade against', () => {
    const h = new Harness();
    const events = h.market(bob, 'sell', '1');
    expect(summary(events)).toEqual(['accepted 0/0 1', 'canceled 4/4 1 market-no-liquidity']);
    expect(cancels(events)[0]!.text).toBe('Insufficient liquidity');
  });

  it('cancels the part the book could not fill after partial fills', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '0.25', '50000.0');
    const events = h.market(bob, 'sell', '1');
    expect(summary(events)).toEqual([
      'accepted 0/0 2',
      'trade F/2 1 0.25000000@50000.0 maker',
      'trade F/1 2 0.25000000@50000.0 taker',
      'canceled 4/4 2 market-no-liquidity',
    ]);
    expect(cancels(events)[0]!.order).toMatchObject({ cumQty: '0.25000000', leavesQty: '0.00000000' });
    expect(h.engine.topOfBook('BTC/USD')).toEqual({ symbol: 'BTC/USD', lastTradePx: '50000.0' });
  });

  it('fill or kill all or nothing', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.5', '50000.0');
    const killed = h.market(bob, 'buy', '1', { timeInForce: '4' });
    expect(summary(killed)).toEqual(['accepted 0/0 2', 'canceled 4/4 2 fok-not-fillable']);
    const filled = h.market(bob, 'buy', '0.5', { timeInForce: '4' });
    expect(summary(filled)).toEqual([
      'accepted 0/0 3',
      'trade F/2 1 0.50000000@50000.0 maker',
      'trade F/2 3 0.50000000@50000.0 taker',
    ]);
  });
});
