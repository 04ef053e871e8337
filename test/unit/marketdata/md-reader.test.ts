import { describe, expect, it } from 'vitest';
import { L2Book, MdReader, type MdTarget } from '../../../electron/marketdata/index.js';
import { ManualMarketTimers, SyntheticMarket } from '../../../electron/sim/market/index.js';
import { MdLoop, encode } from './md-loop.js';

function target(symbol: string): MdTarget & { prints: string[] } {
  const prints: string[] = [];
  return {
    book: new L2Book(symbol, { depth: 100 }),
    prints,
    trade: (price, qty, side) => void prints.push(`${price}x${qty}:${side}`),
  };
}

describe('MdReader', () => {
  it('applies a plain FIX 4.4 incremental with Symbol in each entry to several books in wire order', () => {
    const books = new Map([
      ['BTC/USD', target('BTC/USD')],
      ['ETH/USD', target('ETH/USD')],
    ]);
    const x = encode('X', (e) => {
      e.str(262, 'MDR-1').int(268, 5);
      e.str(279, '0').str(269, '0').str(55, 'BTC/USD').str(270, '43250.5').str(271, '0.25');
      e.str(279, '0').str(269, '1').str(55, 'ETH/USD').str(270, '2291.37').str(271, '3');
      e.str(279, '2').str(269, '0').str(55, 'BTC/USD').str(270, '43250.5');
      e.str(279, '0').str(269, '0').str(55, 'BTC/USD').str(270, '43249').str(271, '1');
      e.str(279, '0').str(269, '2').str(55, 'ETH/USD').str(270, '2291.5').str(271, '0.5');
    });
    const reader = new MdReader();
    const r = reader.readIncremental(x, (s) => (s === undefined ? undefined : books.get(s)), 5);
    expect(r).toEqual({ levels: 4, trades: 1, skipped: 0, checksumsOk: 0 });
    expect(books.get('BTC/USD')!.book.top(10)).toEqual({ bids: [{ price: '43249', qty: '1' }], asks: [] });
    expect(books.get('ETH/USD')!.book.top(10).asks).toEqual([{ price: '2291.37', qty: '3' }]);
    expect(books.get('ETH/USD')!.prints).toEqual(['2291.5x0.5:null']);
    expect(
      reader.touched.slice(0, reader.touchedCount).map(({ book: b }) => [b.symbol, b.updatedAt, b.lastChecksum]),
    ).toEqual([
      ['BTC/USD', 5, 'unchecked'],
      ['ETH/USD', 5, 'unchecked'],
    ]);
  });

  it('skips entries of symbols nobody asked for and entries without a price', () => {
    const t = target('BTC/USD');
    const x = encode('X', (e) => {
      e.str(262, 'r').int(268, 2);
      e.str(279, '0').str(269, '0').str(55, 'DOGE/USD').str(270, '0.1').str(271, '5');
      e.str(279, '0').str(269, '0').str(55, 'BTC/USD').str(271, '5');
    });
    expect(new MdReader().readIncremental(x, (s) => (s === 'BTC/USD' ? t : undefined), 1).skipped).toBe(2);
    expect(t.book.bids.size).toBe(0);
  });

  it('follows the simulator in the standard dialect, where no checksum is sent', () => {
    const loop = new MdLoop('standard');
    const timers = new ManualMarketTimers();
    const market = new SyntheticMarket(loop.engine, { seed: 5, rate: 2000, timers, symbols: ['SOL/USD'] });
    market.start();
    timers.fire(10);
    loop.logon();
    loop.client.subscribe({ symbol: 'SOL/USD', depth: 25 });
    timers.fire(20);
    loop.pump();
    market.stop();
    const depth = loop.engine.depth('SOL/USD', 25)!;
    expect(loop.client.market('SOL/USD')!.book.top(25).bids).toEqual(
      depth.bids.map(({ price, qty }) => ({ price, qty })),
    );
    expect(loop.client.stats.levels).toBeGreaterThan(50);
    expect(loop.client.stats.checksumsOk + loop.client.stats.checksumMismatches).toBe(0);
    const trades = loop.client.history('SOL/USD').trades;
    expect(trades.length).toBeGreaterThan(0);
    expect(trades.every((t) => t.side === null)).toBe(true);
  });
});
