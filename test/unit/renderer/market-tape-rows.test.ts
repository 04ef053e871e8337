import { describe, expect, it } from 'vitest';
import { tapeRows } from '../../../renderer/src/features/market/tape-rows.js';
import type { TradePrint } from '../../../shared/domain/market-data.js';

function print(price: string, time: number): TradePrint {
  return { symbol: 'ETH/USD', price, qty: '1', side: 'buy', time };
}

describe('tape rows', () => {
  it('lists prints newest first, each with its tick against the print before it', () => {
    const trades = [print('100', 1), print('101', 2), print('101', 3), print('100.5', 4)];
    const rows = tapeRows(trades);
    expect(rows.map((r) => [r.trade.time, r.tick])).toEqual([
      [4, 'down'],
      [3, 'up'],
      [2, 'up'],
      [1, 'flat'],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it('keeps each row (key and tick) once seen, so a trimmed history never re-colours or re-keys old rows', () => {
    const a = print('100', 1);
    const b = print('99', 2);
    const c = print('99', 3);
    const first = tapeRows([a, b, c]);
    // The oldest print drops out of the store; b would be "flat" if its tick were worked out again.
    const trimmed = tapeRows([b, c, print('98', 4)]);
    expect(trimmed.slice(1)).toEqual(first.slice(0, 2));
    expect(trimmed[1]).toBe(first[0]);
    expect(trimmed.map((r) => r.tick)).toEqual(['down', 'down', 'down']);
    expect(trimmed[0]!.key).toBeGreaterThan(first[0]!.key);
  });

  it('answers an empty tape with no rows', () => {
    expect(tapeRows([])).toEqual([]);
  });
});
