// What keeps a long simulator run bounded, seen from a client: closed orders are remembered for 35=H only up to
// the retention startExchange passes to the engine (10 000 by default), and each session keeps only its replay
// window of outbound messages, so a gap reaching further back is gap-filled (a market-data client then finds out
// from the next checksum and resubscribes).
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import type { ExchangeOptions } from '../../electron/sim/exchange-options.js';
import { MdClient } from '../unit/sim-support/md-client.js';
import { SimClient } from '../unit/sim-support/sim-client.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-bounds-');
const running: RunningExchange[] = [];
afterEach(async () => {
  for (const ex of running.splice(0)) await ex.close();
});

async function start(o: Partial<ExchangeOptions> = {}): Promise<{ ex: RunningExchange; ca: string }> {
  const ex = await startExchange({ port: 0, mdPort: 0, certDir: tempDir('certs'), rate: 0, seed: 2, ...o });
  running.push(ex);
  return { ex, ca: fs.readFileSync(ex.certPath!, 'utf8') };
}

const OTHER = { clientId: 'OTHER', sessionId: 'OTHER' };
let ids = 0;

/** `n` IOC orders on an empty pair: each is closed at once (canceled, nothing to match). */
function closeOrders(ex: RunningExchange, n: number): void {
  for (let i = 0; i < n; i++) {
    ex.engine.handle({
      type: 'new-order',
      owner: OTHER,
      clOrdId: `o${++ids}`,
      symbol: 'DOGE/USD',
      side: '1',
      ordType: '2',
      timeInForce: '3',
      orderQty: '100',
      price: '0.10000',
    });
  }
}

/** Our IOC order on the empty pair; its OrderID once it is closed. */
async function closedOrderOf(c: SimClient): Promise<string> {
  const id = String(++ids + 100_000);
  c.send('D', [
    [11, id],
    [55, 'DOGE/USD'],
    [54, '1'],
    [38, '100'],
    [40, '2'],
    [44, '0.10000'],
    [59, '3'],
  ]);
  const done = await c.next(0, (m) => m.getString(11) === id && m.getString(39) === '4', 'the IOC cancel');
  return done.getString(37)!;
}

/** 35=H for an order: 'status' when the exchange still knows it, else the refusal text. */
async function statusOf(c: SimClient, orderId: string): Promise<string> {
  const mark = c.inbound.length;
  c.send('H', [
    [37, orderId],
    [11, String(++ids + 100_000)],
    [55, 'DOGE/USD'],
    [54, '1'],
  ]);
  const answer = await c.next(
    mark,
    (m) => m.msgType === 'j' || (m.msgType === '8' && m.getString(150) === 'I'),
    'the answer to 35=H',
  );
  return answer.msgType === '8' ? 'status' : (answer.getString(58) ?? '');
}

describe('bounds of a long simulator run', () => {
  it('remembers the last 10 000 closed orders by default and forgets older ones', async () => {
    const { ex, ca } = await start();
    const c = await SimClient.connect({ ex, ca, compId: 'KEEP', side: 'trading' });
    const first = await closedOrderOf(c);
    closeOrders(ex, 9_999);
    expect(await statusOf(c, first)).toBe('status');
    closeOrders(ex, 1);
    expect(await statusOf(c, first)).toMatch(/EOrder:Unknown order/);
    await c.logout();
  }, 60_000);

  it('passes a configured retention through to the engine', async () => {
    const { ex, ca } = await start({ closedOrderRetention: 3 });
    const c = await SimClient.connect({ ex, ca, compId: 'SHORT', side: 'trading' });
    const first = await closedOrderOf(c);
    closeOrders(ex, 2);
    expect(await statusOf(c, first)).toBe('status');
    closeOrders(ex, 1);
    expect(await statusOf(c, first)).toMatch(/EOrder:Unknown order/);
    await c.logout();
  });

  it('gap-fills what fell out of the replay window; the next checksum fails and a resubscription heals the book', async () => {
    const { ex, ca } = await start({ replayWindow: 4 });
    const c = await MdClient.connect({ ex, ca, compId: 'WINDOW' });
    c.subscribe(['BTC/USD']);
    await c.client.waitFor(() => c.bookOf('BTC/USD') !== undefined, 'the snapshot');
    ex.faults.dropNext('md', 3);
    // Three lost, then six more: the window holds only the last four, so the lost three are gone from it.
    for (let i = 0; i < 9; i++) {
      ex.engine.handle({
        type: 'new-order',
        owner: OTHER,
        clOrdId: `w${++ids}`,
        symbol: 'BTC/USD',
        side: '1',
        ordType: '2',
        orderQty: '0.01',
        price: `${50_000 + i}.0`,
      });
    }
    await c.client.waitFor(() => c.resubscribed === 1 && !c.client.session.isResending, 'the resubscription');
    await c.client.waitFor(() => c.matchesEngine('BTC/USD'), 'the healed book');
    expect(c.client.resendRequests).toHaveLength(1);
    expect(c.mismatches).toHaveLength(1);
    await c.client.logout();
  });
});
