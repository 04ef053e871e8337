import { describe, expect, it } from 'vitest';
import { Harness, alice, alice2, bob, summary } from './support/harness.js';

function bookWithOwnAsk(): Harness {
  const h = new Harness();
  h.limit(bob, 'sell', '0.5', '50000.0', { clOrdId: 'bob-ask' });
  h.limit(alice2, 'sell', '1', '50000.0', { clOrdId: 'own-ask' });
  h.limit(bob, 'sell', '1', '50000.0', { clOrdId: 'bob-ask-2' });
  return h;
}

describe('self-trade prevention (7928)', () => {
  it('cancels the newest (incoming) order by default, after trading with others ahead in the queue', () => {
    const h = bookWithOwnAsk();
    const events = h.limit(alice, 'buy', '2', '50000.0', { clOrdId: 'taker' });
    expect(summary(events)).toEqual([
      'accepted 0/0 taker',
      'trade F/2 bob-ask 0.50000000@50000.0 maker',
      'trade F/1 taker 0.50000000@50000.0 taker',
      'canceled 4/4 taker self-trade-prevention',
    ]);
    expect(h.depth('BTC/USD', 1).asks).toEqual([{ price: '50000.0', qty: '2.00000000', orderCount: 2 }]);
  });

  it('cancel oldest removes the resting own order and keeps matching', () => {
    const h = bookWithOwnAsk();
    const events = h.limit(alice, 'buy', '2', '50000.0', { clOrdId: 'taker', selfTradePrevention: 2 });
    expect(summary(events)).toEqual([
      'accepted 0/0 taker',
      'trade F/2 bob-ask 0.50000000@50000.0 maker',
      'trade F/1 taker 0.50000000@50000.0 taker',
      'canceled 4/4 own-ask self-trade-prevention',
      'trade F/2 bob-ask-2 1.00000000@50000.0 maker',
      'trade F/1 taker 1.00000000@50000.0 taker',
    ]);
    expect(h.depth('BTC/USD', 1).bids).toEqual([{ price: '50000.0', qty: '0.50000000', orderCount: 1 }]);
  });

  it('cancel both removes the resting own order and the incoming one', () => {
    const h = bookWithOwnAsk();
    const events = h.limit(alice, 'buy', '2', '50000.0', { clOrdId: 'taker', selfTradePrevention: 0 });
    expect(summary(events).slice(3)).toEqual([
      'canceled 4/4 own-ask self-trade-prevention',
      'canceled 4/4 taker self-trade-prevention',
    ]);
    expect(h.depth('BTC/USD', 1).asks).toEqual([{ price: '50000.0', qty: '1.00000000', orderCount: 1 }]);
  });

  it('applies across sessions of the same client but not between different clients', () => {
    const h = new Harness();
    h.limit(alice2, 'sell', '1', '50000.0');
    const own = h.limit(alice, 'buy', '1', '50000.0');
    expect(summary(own).pop()).toContain('self-trade-prevention');
    const other = h.limit(bob, 'buy', '1', '50000.0');
    expect(summary(other)).toContain('trade F/2 3 1.00000000@50000.0 taker');
  });

  it('FOK checks liquidity as the STP mode would see it', () => {
    const h = bookWithOwnAsk();
    const killed = h.limit(alice, 'buy', '1', '50000.0', { timeInForce: '4' });
    expect(summary(killed)).toEqual(['accepted 0/0 1', 'canceled 4/4 1 fok-not-fillable']);
    const skipOwn = h.limit(alice, 'buy', '1.5', '50000.0', { timeInForce: '4', selfTradePrevention: 2 });
    expect(summary(skipOwn).at(-1)).toBe('trade F/2 2 1.00000000@50000.0 taker');
  });
});
