import { describe, expect, it } from 'vitest';
import {
  bookByRow,
  centreRow,
  gridOf,
  initialTicksPerRow,
  priceOfRow,
  rowOf,
  TICK_MULTIPLES,
  type PriceGrid,
} from '../../../renderer/src/features/ladder/ladder-model.js';
import { book, btc } from './ticket-fixtures.js';

function grid(ticksPerRow = 1, over: Parameters<typeof btc>[0] = {}): PriceGrid {
  const g = gridOf(btc(over), ticksPerRow);
  if (g === null) throw new Error('no grid');
  return g;
}

describe('the price grid', () => {
  it('counts rows in ticks times the row multiple, at the finer of the tick and the price precision', () => {
    expect(gridOf(btc(), 1)).toEqual({ scale: 1, stepUnits: 1n, priceDecimals: 1, ticksPerRow: 1 });
    expect(gridOf(btc(), 5)).toEqual({ scale: 1, stepUnits: 5n, priceDecimals: 1, ticksPerRow: 5 });
    expect(gridOf(btc({ tickSize: '0.5', priceDecimals: 2 }), 1)?.stepUnits).toBe(50n);
    expect(gridOf(btc({ tickSize: '5', priceDecimals: 0 }), 10)).toMatchObject({ scale: 0, stepUnits: 50n });
  });

  it('has no grid for a zero or unreadable tick', () => {
    expect(gridOf(btc({ tickSize: '0' }), 1)).toBeNull();
    expect(gridOf(btc({ tickSize: 'tick' }), 1)).toBeNull();
  });
});

describe('price to row and back', () => {
  it('maps an on-tick price to its row and back to the same price text', () => {
    const g = grid();
    expect(rowOf(g, '64000.1', 'nearest')).toBe(640001n);
    expect(priceOfRow(g, 640001n)).toBe('64000.1');
    expect(rowOf(g, '64000.10', 'down')).toBe(640001n);
    // Digits finer than the grid still round as asked.
    expect(rowOf(g, '100.05', 'up')).toBe(1001n);
    expect(rowOf(g, '100.09', 'nearest')).toBe(1001n);
    expect(rowOf(g, '100.04', 'nearest')).toBe(1000n);
    expect(rowOf(g, '100.09', 'down')).toBe(1000n);
    for (const p of ['0.1', '99.9', '100.0', '64000.3']) expect(priceOfRow(g, rowOf(g, p, 'up') ?? -1n)).toBe(p);
  });

  it('rounds a price between rows down, up or to the nearest as asked, a half going up', () => {
    const five = grid(5); // one row per 0.5
    expect(rowOf(five, '100.2', 'down')).toBe(200n);
    expect(rowOf(five, '100.2', 'up')).toBe(201n);
    expect(rowOf(five, '100.2', 'nearest')).toBe(200n);
    expect(rowOf(five, '100.3', 'nearest')).toBe(201n);
    expect(rowOf(grid(10), '100.5', 'nearest')).toBe(101n);
    expect(rowOf(grid(10), '100.4', 'nearest')).toBe(100n);
  });

  it('shows a row at the instrument precision, not the tick scale', () => {
    const coarse = grid(1, { tickSize: '0.5', priceDecimals: 2 });
    expect(priceOfRow(coarse, 3n)).toBe('1.50');
    expect(priceOfRow(grid(5), 200n)).toBe('100.0');
  });

  it('has no row for a price that is not decimal text', () => {
    expect(rowOf(grid(), '1e5', 'nearest')).toBeNull();
  });
});

describe('centring on the spread', () => {
  it('centres on the middle row between the touch, the bid rounded down and the ask up', () => {
    expect(centreRow(grid(), book([['100.0', '1']], [['101.0', '1']]), undefined)).toBe(1005n);
    expect(centreRow(grid(5), book([['100.2', '1']], [['100.8', '1']]), undefined)).toBe(201n);
    expect(centreRow(grid(5), book([['100.3', '1']], [['101.3', '1']]), undefined)).toBe(201n);
  });

  it('leans to the bid when the spread spans an odd number of rows', () => {
    expect(centreRow(grid(), book([['100.0', '1']], [['100.1', '1']]), undefined)).toBe(1000n);
  });

  it('falls back to the one side there is, then to the last trade, then to nothing', () => {
    expect(centreRow(grid(5), book([['100.3', '1']], []), '1.0')).toBe(201n);
    expect(centreRow(grid(5), book([], [['100.2', '1']]), '1.0')).toBe(200n);
    expect(centreRow(grid(), book([], []), '99.9')).toBe(999n);
    expect(centreRow(grid(), undefined, undefined)).toBeNull();
  });
});

describe('book quantity per row', () => {
  it('adds up levels sharing a row exactly (0.1 + 0.2 is 0.3)', () => {
    const levels = book(
      [
        ['100.4', '0.1'],
        ['100.2', '0.2'],
        ['99.9', '1'],
      ],
      [],
    ).bids;
    const rows = bookByRow(grid(5), levels, 'down');
    expect([...rows.keys()]).toEqual([200n, 199n]);
    expect(rows.get(200n)).toEqual({ units: 3n, scale: 1 });
  });

  it('keeps the touch on separate rows: bids fall to the row below, asks rise to the row above', () => {
    const b = book([['100.2', '1']], [['100.3', '2']]);
    const bids = bookByRow(grid(5), b.bids, 'down');
    const asks = bookByRow(grid(5), b.asks, 'up');
    expect([...bids.keys()]).toEqual([200n]);
    expect([...asks.keys()]).toEqual([201n]);
  });

  it('skips a level whose price or quantity is unreadable', () => {
    const rows = bookByRow(
      grid(),
      [
        { price: '1.0', qty: 'x' },
        { price: 'y', qty: '1' },
        { price: '2.0', qty: '3' },
      ],
      'down',
    );
    expect([...rows.entries()]).toEqual([[20n, { units: 3n, scale: 0 }]]);
  });
});

describe('the row size a symbol starts with', () => {
  const rows40 = (bid: string, ask: string) => initialTicksPerRow(btc(), book([[bid, '1']], [[ask, '1']]), 40);

  it('is one tick per row while the spread fits in a quarter of the rows', () => {
    expect(rows40('100.0', '100.1')).toBe(1);
    expect(rows40('100.0', '101.0')).toBe(1);
  });

  it('is the smallest offered multiple that shows a wide spread in about a quarter of the rows', () => {
    expect(rows40('100.0', '101.1')).toBe(2);
    expect(rows40('100.0', '110.0')).toBe(10);
    expect(rows40('100.0', '110.1')).toBe(20);
    expect(rows40('1.0', '100000.0')).toBe(1000);
  });

  it('allows at least two rows of spread on a tiny ladder', () => {
    expect(initialTicksPerRow(btc(), book([['100.0', '1']], [['100.3', '1']]), 4)).toBe(2);
  });

  it('stays at one tick without both sides of the book, or with a crossed book', () => {
    expect(initialTicksPerRow(btc(), book([['100.0', '1']], []), 40)).toBe(1);
    expect(rows40('110.0', '100.0')).toBe(1);
  });

  it('offers row multiples in ascending order, which the smallest-first search relies on', () => {
    expect([...TICK_MULTIPLES].sort((a, b) => a - b)).toEqual(TICK_MULTIPLES);
  });
});
