import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, carol } from './support/harness.js';

describe('market data stream', () => {
  it('reports a new level, then its change and removal, each command closed by a batch end', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0');
    h.limit(carol, 'sell', '0.5', '50000.0');
    expect(h.md).toEqual([
      { kind: 'level', symbol: 'BTC/USD', side: '2', price: '50000.0', qty: '1.00000000', orderCount: 1 },
      { kind: 'batch-end', symbol: 'BTC/USD' },
      { kind: 'level', symbol: 'BTC/USD', side: '2', price: '50000.0', qty: '1.50000000', orderCount: 2 },
      { kind: 'batch-end', symbol: 'BTC/USD' },
    ]);
    h.md.length = 0;
    h.clock.t += 5;
    h.market(bob, 'buy', '1.5');
    expect(h.md).toEqual([
      {
        kind: 'trade',
        symbol: 'BTC/USD',
        price: '50000.0',
        qty: '1.00000000',
        aggressorSide: '1',
        takerOrdType: '1',
        tradeSeq: 1,
        time: h.clock.t,
      },
      { kind: 'level', symbol: 'BTC/USD', side: '2', price: '50000.0', qty: '0.50000000', orderCount: 1 },
      {
        kind: 'trade',
        symbol: 'BTC/USD',
        price: '50000.0',
        qty: '0.50000000',
        aggressorSide: '1',
        takerOrdType: '1',
        tradeSeq: 2,
        time: h.clock.t,
      },
      { kind: 'level', symbol: 'BTC/USD', side: '2', price: '50000.0', qty: '0.00000000', orderCount: 0 },
      { kind: 'batch-end', symbol: 'BTC/USD' },
    ]);
  });

  it('stays silent for commands that change no book (rejects, parked stops, status)', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '1', 'bad');
    h.order(alice, 'sell', '3', '1', { stopPx: '40000.0' });
    expect(h.md).toEqual([]);
  });

  it('shows iceberg slices only', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0', { displayQty: '0.25' });
    expect(h.md[0]).toMatchObject({ kind: 'level', qty: '0.25000000', orderCount: 1 });
  });

  it('offers top of book and an aggregated depth snapshot with best levels first', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '1', '49990.0');
    h.limit(carol, 'buy', '2', '49995.0');
    h.limit(alice, 'buy', '0.5', '49995.0');
    h.limit(carol, 'sell', '3', '50010.0');
    h.limit(alice, 'sell', '1', '50005.0');
    expect(h.engine.topOfBook('BTC/USD')).toEqual({
      symbol: 'BTC/USD',
      bid: { price: '49995.0', qty: '2.50000000', orderCount: 2 },
      ask: { price: '50005.0', qty: '1.00000000', orderCount: 1 },
    });
    expect(h.depth('BTC/USD', 1)).toEqual({
      symbol: 'BTC/USD',
      bids: [{ price: '49995.0', qty: '2.50000000', orderCount: 2 }],
      asks: [{ price: '50005.0', qty: '1.00000000', orderCount: 1 }],
    });
    expect(h.depth('BTC/USD', 5).bids.map((l) => l.price)).toEqual(['49995.0', '49990.0']);
    expect(h.engine.topOfBook('NOPE/USD')).toBeUndefined();
  });
});
