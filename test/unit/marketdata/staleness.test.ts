import { describe, expect, it } from 'vitest';
import { FrameCoalescer } from '../../../electron/marketdata/index.js';
import { MdLoop } from './md-loop.js';

function subscribed(staleAfterMs: number): MdLoop {
  const loop = new MdLoop('kraken', { staleAfterMs });
  loop.limit('1', '30000.0', '1');
  loop.limit('2', '30001.0', '1');
  loop.logon();
  loop.client.subscribe({ symbol: 'BTC/USD' });
  loop.pump();
  return loop;
}

describe('book staleness', () => {
  it('is stale when no update arrived within the limit, and fresh again with the next update', () => {
    const loop = subscribed(1000);
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    loop.now += 1000;
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    loop.now += 1;
    expect(loop.client.isStale('BTC/USD')).toBe(true);
    expect(loop.client.bookFrame('BTC/USD')!.stale).toBe(true);
    loop.limit('1', '29999.0', '2');
    loop.pump();
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    expect(loop.client.bookFrame('BTC/USD')!.updatedAt).toBe(loop.now);
  });

  it('counts a heartbeat as proof of life for a quiet book', () => {
    const loop = subscribed(1000);
    loop.now += 900;
    loop.client.noteHeartbeat();
    loop.now += 900;
    expect(loop.client.isStale('BTC/USD')).toBe(false);
    loop.now += 101;
    expect(loop.client.isStale('BTC/USD')).toBe(true);
  });

  it('is stale at once when the session is down, whatever the time since the last update', () => {
    const loop = subscribed(60_000);
    loop.client.setSessionUp(false);
    expect(loop.client.isStale('BTC/USD')).toBe(true);
    loop.client.setSessionUp(true);
    expect(loop.client.isStale('BTC/USD')).toBe(false);
  });

  it('is stale after a reconnect until the new snapshot has arrived', () => {
    const loop = subscribed(60_000);
    loop.drop();
    loop.up = true;
    loop.client.onLogon();
    expect(loop.client.isStale('BTC/USD')).toBe(true);
    loop.pump();
    expect(loop.client.isStale('BTC/USD')).toBe(false);
  });

  it('reaches the renderer as a frame when the flag flips, even without an update', () => {
    const loop = subscribed(1000);
    const frames = new FrameCoalescer(loop.client);
    expect(frames.flush(loop.now)!.books.map((b) => b.stale)).toEqual([false]);
    expect(frames.flush(loop.now)).toBeNull();
    loop.now += 1500;
    expect(frames.flush(loop.now)!.books.map((b) => [b.symbol, b.stale])).toEqual([['BTC/USD', true]]);
    expect(frames.flush(loop.now)).toBeNull();
    loop.client.noteHeartbeat();
    expect(frames.flush(loop.now)!.books.map((b) => b.stale)).toEqual([false]);
    loop.client.onLogout();
    expect(frames.flush(loop.now)!.books.map((b) => b.stale)).toEqual([true]);
  });
});
