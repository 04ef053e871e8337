import { describe, expect, it } from 'vitest';
import { FrameCoalescer } from '../../../electron/marketdata/index.js';
import { MdLoop } from './md-loop.js';

function market(): MdLoop {
  const loop = new MdLoop();
  for (let i = 0; i < 20; i++) {
    loop.limit('1', `${30280 + i}.0`, '1');
    loop.limit('2', `${30300 + i}.0`, '1');
    loop.limit('1', `${2980 + i}.00`, '1', 'ETH/USD');
    loop.limit('2', `${3000 + i}.00`, '1', 'ETH/USD');
  }
  loop.logon();
  loop.client.subscribe({ symbol: 'BTC/USD', depth: 5 });
  loop.client.subscribe({ symbol: 'ETH/USD', depth: 5 });
  loop.pump();
  return loop;
}

describe('FrameCoalescer', () => {
  it('sends each book once as its top N levels a side, then nothing until something changes', () => {
    const loop = market();
    const frames = new FrameCoalescer(loop.client);
    const first = frames.flush(loop.now)!;
    expect(first.books.map((b) => [b.symbol, b.bids.length, b.asks.length])).toEqual([
      ['BTC/USD', 5, 5],
      ['ETH/USD', 5, 5],
    ]);
    expect(first.books[0]!.bids[0]).toEqual({ price: '30299.0', qty: '1.00000000' });
    expect(first.books[0]!.asks[4]).toEqual({ price: '30304.0', qty: '1.00000000' });
    expect(frames.flush(loop.now)).toBeNull();
  });

  it('carries only the symbols that changed, once per flush however many updates arrived', () => {
    const loop = market();
    const frames = new FrameCoalescer(loop.client);
    frames.flush(loop.now);
    for (let i = 0; i < 10; i++) loop.limit('1', '30299.0', '0.1');
    loop.pump();
    const frame = frames.flush(loop.now)!;
    expect(frame.books.map((b) => b.symbol)).toEqual(['BTC/USD']);
    expect(frame.books[0]!.bids[0]).toEqual({ price: '30299.0', qty: '2.00000000' });
    expect(frames.flush(loop.now)).toBeNull();
  });

  it('skips a book whose change lies below the levels shown', () => {
    const loop = market();
    const frames = new FrameCoalescer(loop.client);
    frames.flush(loop.now);
    // Rank 7 of 10 held (the wire depth), 5 shown.
    loop.limit('1', '30292.0', '3');
    loop.pump();
    expect(loop.client.market('BTC/USD')!.book.top(10).bids[7]!.qty).toBe('4.00000000');
    expect(frames.flush(loop.now)).toBeNull();
  });

  it('sends at most K trades per symbol per frame, the newest, and the candles they changed', () => {
    const loop = new MdLoop();
    for (let i = 0; i < 120; i++) loop.limit('2', `${30300 + i}.0`, '0.001');
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD' });
    loop.pump();
    const frames = new FrameCoalescer(loop.client, { maxTradesPerSymbol: 50 });
    frames.flush(loop.now);
    loop.limit('1', '30500.0', '0.100', 'BTC/USD', 'TAKER');
    loop.now += 60_000;
    loop.limit('1', '30500.0', '0.020', 'BTC/USD', 'TAKER');
    loop.pump();
    const frame = frames.flush(loop.now)!;
    const tape = loop.client.history('BTC/USD').trades;
    expect(tape).toHaveLength(120);
    expect(frame.trades).toHaveLength(50);
    expect(frame.trades).toEqual(tape.slice(-50));
    expect(frame.candles.map((c) => [c.symbol, c.candle.volume])).toEqual([
      ['BTC/USD', '0.1'],
      ['BTC/USD', '0.02'],
    ]);
    expect(frames.flush(loop.now)).toBeNull();
  });

  it('never sends more than 100 levels a side whatever the options ask', () => {
    const loop = new MdLoop();
    for (let i = 0; i < 130; i++) loop.limit('1', `${30000 + i}.0`, '1');
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 500 });
    loop.pump();
    const frame = new FrameCoalescer(loop.client, { maxLevels: 1000 }).flush(loop.now)!;
    expect(frame.books[0]!.bids).toHaveLength(100);
  });

  it('forgets a symbol once it is unsubscribed', () => {
    const loop = market();
    const frames = new FrameCoalescer(loop.client);
    frames.flush(loop.now);
    loop.client.unsubscribe('ETH/USD');
    loop.limit('1', '2999.00', '1', 'ETH/USD');
    loop.pump();
    expect(frames.flush(loop.now)).toBeNull();
    expect(loop.sent.at(-1)!.getString(263)).toBe('2');
  });
});
