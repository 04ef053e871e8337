import { describe, expect, it } from 'vitest';
import { bookChecksum } from '../../../electron/sim/market-data/index.js';
import { ManualMarketTimers, SyntheticMarket } from '../../../electron/sim/market/index.js';
import { MdRig, entries } from './md-harness.js';

type Book = { bids: Map<string, string>; asks: Map<string, string> };

function sorted(side: Map<string, string>, desc: boolean): Array<{ price: string; qty: string }> {
  return [...side]
    .map(([price, qty]) => ({ price, qty }))
    .sort((a, b) => (desc ? Number(b.price) - Number(a.price) : Number(a.price) - Number(b.price)));
}

describe('a local book kept from W and X', () => {
  it('matches the engine depth and every X checksum while the synthetic market runs', () => {
    const rig = new MdRig();
    const timers = new ManualMarketTimers();
    const market = new SyntheticMarket(rig.engine, { seed: 11, rate: 3000, timers, symbols: ['BTC/USD'] });
    market.start();
    timers.fire(20);
    rig.subscribe('full', '0', ['0', '1', '2']);
    const book: Book = { bids: new Map(), asks: new Map() };
    let checked = 0;
    for (let round = 0; round < 30; round++) {
      timers.fire(5);
      for (const m of rig.session.take()) {
        let sum: string | undefined;
        for (const e of entries(m)) {
          const type = e.get(269);
          if (type === '2') continue;
          const side = type === '0' ? book.bids : book.asks;
          if (m.msgType === 'W' || e.get(279) !== '2') side.set(e.get(270)!, e.get(271)!);
          else side.delete(e.get(270)!);
          sum = e.get(5041) ?? sum;
        }
        if (sum !== undefined) {
          expect(Number(sum)).toBe(bookChecksum(sorted(book.asks, false), sorted(book.bids, true)));
          checked++;
        }
      }
      const depth = rig.engine.depth('BTC/USD', 1000)!;
      expect(sorted(book.bids, true)).toEqual(depth.bids.map(({ price, qty }) => ({ price, qty })));
      expect(sorted(book.asks, false)).toEqual(depth.asks.map(({ price, qty }) => ({ price, qty })));
    }
    market.stop();
    expect(checked).toBeGreaterThan(100);
  });
});
