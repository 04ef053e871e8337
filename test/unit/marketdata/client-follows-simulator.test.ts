import { describe, expect, it } from 'vitest';
import { ManualMarketTimers, SyntheticMarket } from '../../../electron/sim/market/index.js';
import { MdLoop } from './md-loop.js';

function levels(book: {
  top(n: number): { bids: { price: string; qty: string }[]; asks: { price: string; qty: string }[] };
}) {
  return book.top(1000);
}

describe('MarketDataClient against the simulator', () => {
  it('keeps every book equal to the engine and verifies every checksum the simulator sends while the market runs', () => {
    const loop = new MdLoop();
    const timers = new ManualMarketTimers();
    const symbols = ['BTC/USD', 'ETH/USD'];
    const market = new SyntheticMarket(loop.engine, { seed: 7, rate: 4000, timers, symbols });
    market.start();
    timers.fire(20);
    loop.logon();
    for (const symbol of symbols) loop.client.subscribe({ symbol, depth: 100 });
    loop.pump();
    for (let round = 0; round < 40; round++) {
      timers.fire(5);
      loop.pump();
      for (const symbol of symbols) {
        const depth = loop.engine.depth(symbol, 100)!;
        const mine = levels(loop.client.market(symbol)!.book);
        expect(mine.bids).toEqual(depth.bids.map(({ price, qty }) => ({ price, qty })));
        expect(mine.asks).toEqual(depth.asks.map(({ price, qty }) => ({ price, qty })));
      }
    }
    market.stop();
    const s = loop.client.stats;
    expect(s.checksumMismatches).toBe(0);
    expect(s.checksumsOk).toBeGreaterThan(200);
    expect(s.trades).toBeGreaterThan(10);
    expect(loop.client.history('BTC/USD').trades.length).toBeGreaterThan(0);
    expect(loop.notices).toEqual([]);
  });

  it('verifies checksums with a depth window smaller than the book (levels leaving the window are deletes)', () => {
    const loop = new MdLoop();
    const timers = new ManualMarketTimers();
    const market = new SyntheticMarket(loop.engine, { seed: 3, rate: 3000, timers, symbols: ['BTC/USD'], levels: 30 });
    market.start();
    timers.fire(30);
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 5 });
    loop.pump();
    const book = loop.client.market('BTC/USD')!.book;
    expect(book.depth).toBe(10);
    for (let round = 0; round < 30; round++) {
      timers.fire(3);
      loop.pump();
      const depth = loop.engine.depth('BTC/USD', 10)!;
      expect(levels(book).bids).toEqual(depth.bids.map(({ price, qty }) => ({ price, qty })));
    }
    market.stop();
    expect(loop.client.stats.checksumMismatches).toBe(0);
    expect(loop.client.stats.checksumsOk).toBeGreaterThan(50);
    // The frame shows the 5 levels asked for, not the 10 held for the checksum.
    expect(loop.client.bookFrame('BTC/USD')!.bids).toHaveLength(5);
  });
});
