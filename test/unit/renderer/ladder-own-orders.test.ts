import { describe, expect, it } from 'vitest';
import type { OrderStatus, OrderView } from '../../../shared/domain/orders.js';
import { gridOf, type PriceGrid } from '../../../renderer/src/features/ladder/ladder-model.js';
import { ownLevels, workingQty } from '../../../renderer/src/features/ladder/own-orders.js';
import { btc, order } from './ticket-fixtures.js';

function grid(ticksPerRow: number): PriceGrid {
  const g = gridOf(btc(), ticksPerRow);
  if (g === null) throw new Error('no grid');
  return g;
}

const byKey = (...orders: OrderView[]): Record<string, OrderView> =>
  Object.fromEntries(orders.map((o) => [o.orderKey, o]));

describe('what an own order leaves to rest on the ladder', () => {
  it('is the leaves quantity of a working limit order', () => {
    expect(workingQty(order({ status: 'partially-filled', cumQty: '0.6', leavesQty: '0.4' }))).toEqual({
      units: 4n,
      scale: 1,
    });
  });

  it('is the unfilled quantity of a pending-new order whose leaves still read zero', () => {
    expect(workingQty(order({ status: 'pending-new', qty: '1', cumQty: '0.25', leavesQty: '0' }))).toEqual({
      units: 75n,
      scale: 2,
    });
    expect(workingQty(order({ status: 'pending-new', qty: '1', cumQty: '1', leavesQty: '0' }))).toBeNull();
    expect(workingQty(order({ status: 'new', leavesQty: '0' }))).toBeNull();
  });

  it('is nothing for an order that rests at no level or no longer works', () => {
    expect(workingQty(order({ type: 'stop-loss-limit' }))).toBeNull();
    expect(workingQty(order({ type: 'market', price: null }))).toBeNull();
    expect(workingQty(order({ price: null }))).toBeNull();
    for (const status of ['filled', 'canceled', 'rejected', 'expired'] as const) {
      expect(workingQty(order({ status }))).toBeNull();
    }
  });
});

describe('own working orders per ladder level', () => {
  it('adds up orders of one side at one row, exactly, and keeps them for cancel and drag', () => {
    const a = order({ orderKey: 'a', leavesQty: '0.1' });
    const b = order({ orderKey: 'b', leavesQty: '0.2' });
    const own = ownLevels(byKey(a, b), 'BTC/USD', grid(1), new Map());
    expect(own.sell.size).toBe(0);
    expect(own.buy.get(1000n)).toEqual({ qty: { units: 3n, scale: 1 }, orders: [a, b], pending: false });
  });

  it('keeps buys and sells apart and ignores other symbols', () => {
    const own = ownLevels(
      byKey(
        order({ orderKey: 'b', side: 'buy', price: '100.0' }),
        order({ orderKey: 's', side: 'sell', price: '100.0', leavesQty: '2' }),
        order({ orderKey: 'e', symbol: 'ETH/USD', price: '100.0' }),
      ),
      'BTC/USD',
      grid(1),
      new Map(),
    );
    expect(own.buy.get(1000n)?.orders.map((o) => o.orderKey)).toEqual(['b']);
    expect(own.sell.get(1000n)?.qty).toEqual({ units: 2n, scale: 0 });
  });

  it('puts buys on the row at or below their price and sells at or above, on a wide row size', () => {
    const own = ownLevels(
      byKey(order({ orderKey: 'b', price: '100.2' }), order({ orderKey: 's', side: 'sell', price: '100.2' })),
      'BTC/USD',
      grid(5),
      new Map(),
    );
    expect([...own.buy.keys()]).toEqual([200n]);
    expect([...own.sell.keys()]).toEqual([201n]);
  });

  it('marks a level pending while any order on it awaits the venue', () => {
    const statusAt = (status: OrderStatus) =>
      ownLevels(byKey(order({ status, leavesQty: '1' })), 'BTC/USD', grid(1), new Map()).buy.get(1000n)?.pending;
    expect(statusAt('pending-new')).toBe(true);
    expect(statusAt('pending-cancel')).toBe(true);
    expect(statusAt('pending-replace')).toBe(true);
    expect(statusAt('new')).toBe(false);
    expect(statusAt('partially-filled')).toBe(false);
    const mixed = ownLevels(
      byKey(order({ orderKey: 'a', status: 'pending-cancel' }), order({ orderKey: 'b' })),
      'BTC/USD',
      grid(1),
      new Map(),
    );
    expect(mixed.buy.get(1000n)?.pending).toBe(true);
  });

  it('shows an order the ladder dragged at the row it is going to, pending, not where it was', () => {
    const own = ownLevels(byKey(order({ orderKey: 'a', price: '100.0' })), 'BTC/USD', grid(1), new Map([['a', 1010n]]));
    expect(own.buy.has(1000n)).toBe(false);
    expect(own.buy.get(1010n)?.pending).toBe(true);
  });
});
