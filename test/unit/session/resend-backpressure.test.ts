// Answering a ResendRequest over a congested transport: the replay works in chunks, and when the transport's write
// says "wait" the next chunk waits for its 'drain' instead of piling more messages into the socket's buffer.
import { describe, expect, it } from 'vitest';
import { loggedOnAcceptor, settle, type Harness } from './support/harness.js';

/** Logged on (our Logon = 1), then `orders` NewOrderSingles of ours: 2.. */
function withOrders(orders: number): Harness {
  const h = loggedOnAcceptor({ resendChunkSize: 2 });
  for (let n = 1; n <= orders; n++) h.session.send('D', (enc) => enc.str(11, `ORD-${n}`).str(55, 'BTC/USD'));
  h.take();
  return h;
}

const replayed = (h: Harness): number[] =>
  h
    .take()
    .filter((m) => m.get(43) === 'Y')
    .map((m) => m.seq);

describe('a resend replay over a congested transport', () => {
  it('waits for the transport to drain before it reads and writes the next chunk', async () => {
    const h = withOrders(5);
    h.transport.writable = false;
    h.send('35=2|7=2|16=0');
    await settle();
    expect(replayed(h)).toEqual([2, 3]);
    expect(h.eventTexts().join('\n')).toMatch(/Resend paused at 4 until the transport drains/);
    expect(h.session.isResending).toBe(true);
    h.transport.drain();
    await settle();
    expect(replayed(h)).toEqual([4, 5, 6]);
    expect(h.session.isResending).toBe(false);
  });

  it('pauses again at every chunk that leaves the transport congested', async () => {
    const h = withOrders(5);
    h.transport.writable = false;
    h.send('35=2|7=2|16=0');
    await settle();
    expect(replayed(h)).toEqual([2, 3]);
    h.transport.drain();
    h.transport.writable = false;
    await settle();
    expect(replayed(h)).toEqual([4, 5]);
    h.transport.drain();
    await settle();
    expect(replayed(h)).toEqual([6]);
  });

  it('goes straight through, chunk after chunk, while the transport keeps up', async () => {
    const h = withOrders(5);
    h.send('35=2|7=2|16=0');
    await settle();
    expect(replayed(h)).toEqual([2, 3, 4, 5, 6]);
    expect(h.eventTexts().join('\n')).not.toMatch(/Resend paused/);
  });

  it('holds orders sent during the paused replay until the replay is done, then writes them in order', async () => {
    const h = withOrders(5);
    h.transport.writable = false;
    h.send('35=2|7=2|16=0');
    await settle();
    h.take();
    const seq = h.session.send('D', (enc) => enc.str(11, 'NEW').str(55, 'BTC/USD'));
    expect(h.take()).toEqual([]);
    h.transport.drain();
    await settle();
    expect(h.take().map((m) => [m.seq, m.get(43) ?? 'new'])).toEqual([
      [4, 'Y'],
      [5, 'Y'],
      [6, 'Y'],
      [seq, 'new'],
    ]);
  });

  it('abandons a paused replay when the connection goes away, leaving nothing waiting', async () => {
    const h = withOrders(5);
    const first = h.transport;
    first.writable = false;
    h.send('35=2|7=2|16=0');
    await settle();
    h.take();
    first.peerClose();
    await settle();
    expect(h.session.isResending).toBe(false);
    expect(first.drainListeners).toBe(0);
    first.drain();
    await settle();
    expect(first.written.filter((b) => b.includes('\x0143=Y\x01'))).toHaveLength(2);
  });
});
