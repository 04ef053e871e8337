import { describe, expect, it } from 'vitest';
import type { PositionView } from '../../../shared/domain/orders.js';
import { positionTotals } from '../../../renderer/src/features/blotters/position-totals.js';

const position = (symbol: string, p: Partial<PositionView>): PositionView => ({
  symbol,
  qty: '1',
  avgCost: '1',
  realisedPnl: '0',
  unrealisedPnl: null,
  markPrice: null,
  fees: '0',
  updatedAt: 0,
  ...p,
});

describe('positions totals', () => {
  it('sums money exactly per quote currency, never across currencies', () => {
    const totals = positionTotals(
      [
        position('BTC/USD', { realisedPnl: '0.1', unrealisedPnl: '0.2', fees: '0.01' }),
        position('ETH/USD', { realisedPnl: '0.2', unrealisedPnl: '-1.25', fees: '0.02' }),
        position('ADA/EUR', { realisedPnl: '-3', fees: '0.5' }),
      ],
      {},
    );
    expect(totals.map((t) => [t.symbol, t.realisedPnl, t.unrealisedPnl, t.fees])).toEqual([
      ['Total EUR', '-3', null, '0.5'],
      ['Total USD', '0.3', '-1.05', '0.03'],
    ]);
    expect(totals.every((t) => t.qty === '' && t.avgCost === null && t.markPrice === null)).toBe(true);
  });

  it('is empty without positions', () => {
    expect(positionTotals([], {})).toEqual([]);
  });
});
