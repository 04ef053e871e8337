import { describe, expect, it } from 'vitest';
import { UpdateAction } from '../../../electron/marketdata/index.js';
import { MdLoop, bodyFields } from './md-loop.js';

function restingBook(loop: MdLoop): void {
  for (let i = 0; i < 12; i++) {
    loop.limit('1', `${30290 + i}.0`, '0.5');
    loop.limit('2', `${30310 + i}.0`, '0.25');
  }
}

function matchesEngine(loop: MdLoop, symbol = 'BTC/USD'): void {
  const book = loop.client.market(symbol)!.book;
  const depth = loop.engine.depth(symbol, book.depth)!;
  const top = book.top(1000);
  expect(top.bids).toEqual(depth.bids.map(({ price, qty }) => ({ price, qty })));
  expect(top.asks).toEqual(depth.asks.map(({ price, qty }) => ({ price, qty })));
}

/** SubscriptionRequestType and MDReqID of each MarketDataRequest the client sent from `from` on. */
function requests(loop: MdLoop, from = 0): string[] {
  return loop.sent
    .slice(from)
    .filter((m) => m.msgType === 'V')
    .map((m) => `${m.getString(263)}:${m.getString(262)}`);
}

describe('checksum resync', () => {
  it('on a mismatch marks the book resyncing, unsubscribes, subscribes under a new MDReqID and recovers with the snapshot', () => {
    const loop = new MdLoop();
    restingBook(loop);
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 10 });
    loop.pump();
    const first = loop.client.market('BTC/USD')!.mdReqId;
    const book = loop.client.market('BTC/USD')!.book;
    // Corrupt our copy: the next checksum the venue sends cannot match.
    book.applyLevelText(UpdateAction.Change, true, '30301.0', '7');
    const mark = loop.sent.length;
    loop.limit('1', '30300.0', '1');
    const [x1] = loop.takeQueued();
    loop.limit('1', '30299.5', '1');
    const [x2] = loop.takeQueued();

    loop.deliver(x1!);
    expect(book.resyncing).toBe(true);
    expect(loop.client.bookFrame('BTC/USD')!.resyncing).toBe(true);
    const second = loop.client.market('BTC/USD')!.mdReqId;
    expect(second).not.toBe(first);
    expect(requests(loop, mark)).toEqual([`2:${first}`, `1:${second}`]);
    expect(loop.notices.map((n) => [n.level, n.topic])).toEqual([['warning', 'book:BTC/USD']]);

    // An incremental of the old subscription still in flight is not applied to the book being replaced.
    loop.deliver(x2!);
    expect(book.resyncing).toBe(true);

    loop.pump();
    expect(book.resyncing).toBe(false);
    expect(loop.notices.map((n) => n.level)).toEqual(['warning', 'info']);
    matchesEngine(loop);
    loop.limit('2', '30305.0', '2');
    loop.pump();
    expect(book.lastChecksum).toBe('ok');
    expect(loop.client.stats.checksumMismatches).toBe(1);
    matchesEngine(loop);
  });

  it('counts trades of the replaced subscription that arrive before the server switched, once', () => {
    const loop = new MdLoop();
    restingBook(loop);
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 10 });
    loop.pump();
    loop.client.market('BTC/USD')!.book.applyLevelText(UpdateAction.Change, true, '30301.0', '7');
    loop.limit('2', '30301.0', '0.1', 'BTC/USD', 'TAKER');
    const [x1] = loop.takeQueued();
    loop.limit('2', '30301.0', '0.2', 'BTC/USD', 'TAKER');
    const [x2] = loop.takeQueued();
    loop.deliver(x1!);
    loop.deliver(x2!);
    loop.pump();
    expect(loop.client.history('BTC/USD').trades.map((t) => [t.price, t.qty, t.side])).toEqual([
      ['30301.0', '0.10000000', 'sell'],
      ['30301.0', '0.20000000', 'sell'],
    ]);
  });
});

describe('reconnect', () => {
  it('marks every book stale when the session drops and subscribes every symbol again after the next logon', () => {
    const loop = new MdLoop();
    restingBook(loop);
    loop.limit('1', '2990.00', '1', 'ETH/USD');
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD' });
    loop.client.subscribe({ symbol: 'ETH/USD', depth: 50 });
    loop.pump();
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    const before = ['BTC/USD', 'ETH/USD'].map((s) => loop.client.market(s)!.mdReqId);

    loop.drop();
    expect(loop.client.isStale('BTC/USD')).toBe(true);
    expect(loop.client.bookFrame('ETH/USD')!.stale).toBe(true);
    loop.limit('1', '30302.0', '3');

    const mark = loop.sent.length;
    loop.logon();
    const after = ['BTC/USD', 'ETH/USD'].map((s) => loop.client.market(s)!.mdReqId);
    expect(after[0]).not.toBe(before[0]);
    expect(requests(loop, mark)).toEqual([`1:${after[0]}`, `1:${after[1]}`]);
    expect(loop.sent.slice(mark).map((m) => m.msgType)).toEqual(['x', 'V', 'V']);
    expect(bodyFields(loop.sent.at(-1)!).find(([t]) => t === 264)).toEqual([264, '100']);
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    matchesEngine(loop);
    matchesEngine(loop, 'ETH/USD');
  });

  it('subscribes symbols asked for while disconnected as soon as the session logs on', () => {
    const loop = new MdLoop();
    restingBook(loop);
    loop.client.subscribe({ symbol: 'BTC/USD' });
    expect(loop.sent).toEqual([]);
    expect(loop.client.touch('BTC/USD')).toBeNull();
    loop.logon();
    expect(loop.client.touch('BTC/USD')).toEqual({ bid: '30301.0', ask: '30310.0' });
  });
});
