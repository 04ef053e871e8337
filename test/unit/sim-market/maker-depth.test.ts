import { describe, expect, it } from 'vitest';
import { PairModel } from '../../../electron/sim/market/pair-model.js';
import { SeededRandom } from '../../../electron/sim/market/seeded-random.js';
import { DEFAULT_INSTRUMENTS } from '../../../electron/sim/matching/instruments.js';

describe('synthetic market depth', () => {
  it('quotes makers in lots of fifty taker lots, so a desk-sized order takes a level or two', () => {
    const btc = DEFAULT_INSTRUMENTS.find((i) => i.symbol === 'BTC/USD')!;
    const pair = new PairModel(btc, '60000', 10);
    const rng = new SeededRandom(7);
    const maker = Array.from({ length: 200 }, () => Number(pair.makerQty(rng, 20)));
    const taker = Array.from({ length: 200 }, () => Number(pair.qty(rng, 1)));
    const lot = taker[0]!;
    expect(taker.every((t) => t === lot)).toBe(true);
    expect(Math.min(...maker)).toBeCloseTo(lot * 50, 10);
    expect(Math.max(...maker)).toBeCloseTo(lot * 50 * 20, 10);
  });
});
