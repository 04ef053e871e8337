import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, carol, trades } from './support/harness.js';

describe('iceberg orders (DisplayQty 1138)', () => {
  it('show only the display size in the book', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1.5', '50000.0', { displayQty: '0.2' });
    expect(h.depth().asks).toEqual([{ price: '50000.0', qty: '0.20000000', orderCount: 1 }]);
  });

  it('refresh the next slice at the back of the queue once the shown slice trades', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0', { displayQty: '0.2', clOrdId: 'ice' });
    h.limit(carol, 'sell', '0.5', '50000.0', { clOrdId: 'plain' });
    const events = h.limit(bob, 'buy', '0.3', '50000.0');
    const makers = trades(events)
      .filter((t) => t.liquidity === 'maker')
      .map((t) => `${t.order.clOrdId} ${t.lastQty}`);
    expect(makers).toEqual(['ice 0.20000000', 'plain 0.10000000']);
    expect(h.depth().asks).toEqual([{ price: '50000.0', qty: '0.60000000', orderCount: 2 }]);
    const next = trades(h.limit(bob, 'buy', '0.5', '50000.0')).filter((t) => t.liquidity === 'maker');
    expect(next.map((t) => `${t.order.clOrdId} ${t.lastQty}`)).toEqual(['plain 0.40000000', 'ice 0.10000000']);
  });

  it('can be swept completely by one large aggressor', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.7', '50000.0', { displayQty: '0.2' });
    const events = h.limit(bob, 'buy', '1', '50000.0');
    const makerFills = trades(events).filter((t) => t.liquidity === 'maker');
    expect(makerFills.map((t) => t.lastQty)).toEqual(['0.20000000', '0.20000000', '0.20000000', '0.10000000']);
    expect(makerFills.at(-1)!.order.ordStatus).toBe('2');
    expect(h.depth()).toMatchObject({ asks: [], bids: [{ price: '50000.0', qty: '0.30000000' }] });
  });
});
