// Fault injection on the simulator's market-data acceptor, against our initiator over verified TLS keeping a local
// book per pair: after each fault the session recovers by itself (ResendRequest answered from the store, gap
// filled, garbled message dropped), a wrong 5041 is caught and cured by resubscribing, a dropped connection by
// reconnecting and subscribing again; every checksum of the recovered stream matches and the book ends equal to
// the engine's. The book moves only through commands sent here, so nothing else is in flight.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import type { Side } from '../../electron/sim/matching/index.js';
import { MdClient } from '../unit/sim-support/md-client.js';
import { SessionState } from '../unit/sim-support/sim-client.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-faults-md-');
let ex: RunningExchange;
let ca: string;
let ids = 0;
const logs: string[] = [];

beforeAll(async () => {
  ex = await startExchange({
    port: 0,
    mdPort: 0,
    certDir: tempDir('certs'),
    rate: 0,
    seed: 4,
    onLog: (l) => void logs.push(l),
  });
  ca = fs.readFileSync(ex.certPath!, 'utf8');
}, 60_000);
afterAll(async () => {
  await ex?.close();
});

const LP = { clientId: 'LP', sessionId: 'LP' };
let tick = 0;

/** `n` new resting orders on each side of BTC/USD, each a book update (one X per subscriber). */
function burst(n: number): void {
  for (let i = 0; i < n; i++) {
    tick++;
    const side: Side = tick % 2 === 0 ? '1' : '2';
    const price = side === '1' ? 59_000 - tick : 61_000 + tick;
    ex.engine.handle({
      type: 'new-order',
      owner: LP,
      clOrdId: `lp${++ids}`,
      symbol: 'BTC/USD',
      side,
      ordType: '2',
      orderQty: '0.01',
      price: `${price}.0`,
    });
  }
}

async function subscribed(compId: string): Promise<MdClient> {
  const c = await MdClient.connect({ ex, ca, compId });
  c.subscribe(['BTC/USD']);
  await c.client.waitFor(() => c.bookOf('BTC/USD') !== undefined, 'the snapshot');
  return c;
}

/** Caught up: no resend outstanding and the local book equals the engine's. */
async function settled(c: MdClient): Promise<void> {
  await c.client.waitFor(() => !c.client.session.isResending && c.matchesEngine('BTC/USD'), 'the book caught up');
}

describe('fault injection on the market-data session', () => {
  it('drops three incrementals; they are asked for and replayed, and every checksum holds', async () => {
    const c = await subscribed('MD-DROP');
    const checkedBefore = c.checked;
    ex.faults.dropNext('md', 3);
    burst(6);
    await settled(c);
    expect(c.checked - checkedBefore).toBe(6);
    expect(c.client.resendRequests).toHaveLength(1);
    // 16=0 asks for everything from the gap on: the three lost ones come back, and copies of what the client
    // already holds are recognised as duplicates; the application sees each number once.
    expect(c.client.possDupIn).toBeGreaterThanOrEqual(3);
    expect(new Set(c.client.appSeqs).size).toBe(c.client.appSeqs.length);
    expect([c.mismatches, c.client.rejects, c.client.garbled]).toEqual([[], [], []]);
    await c.client.logout();
  });

  it('garbles an incremental; the client drops it, logs it and gets it resent', async () => {
    const c = await subscribed('MD-NOISE');
    ex.faults.garble('md', 'checksum');
    burst(4);
    await settled(c);
    expect(c.client.garbled).toEqual(['bad-checksum']);
    expect(c.client.resendRequests).toHaveLength(1);
    expect(c.mismatches).toEqual([]);
    await c.client.logout();
  });

  it('skips sequence numbers; the gap is filled and the feed goes on', async () => {
    const c = await subscribed('MD-SKIP');
    const expected = c.client.session.nextTargetSeq;
    ex.faults.skipSeq('md', 10);
    await c.client.waitFor(() => c.client.session.nextTargetSeq === expected + 11, 'the gap filled');
    burst(3);
    await settled(c);
    expect(c.client.resendRequests).toEqual([{ begin: expected, end: 0 }]);
    expect(c.mismatches).toEqual([]);
    await c.client.logout();
  });

  it('delays incrementals and delivers them all in order', async () => {
    const c = await subscribed('MD-SLOW');
    const checkedBefore = c.checked;
    ex.faults.delay('md', 150, { messages: 4 });
    burst(8);
    await settled(c);
    expect(c.checked - checkedBefore).toBe(8);
    expect([c.mismatches, c.client.resendRequests]).toEqual([[], []]);
    await c.client.logout();
  });

  it('corrupts one 5041; the client sees the mismatch, resubscribes, and the new snapshot restores the book', async () => {
    const c = await subscribed('MD-CRC');
    const report = ex.faults.corruptNextChecksum('BTC/USD');
    expect(report.sessions).toEqual(['md BTC/USD']);
    burst(3);
    await c.client.waitFor(() => c.resubscribed === 1, 'the resubscription');
    await settled(c);
    burst(4);
    await settled(c);
    expect(c.mismatches).toHaveLength(1);
    expect(c.client.resendRequests).toEqual([]);
    expect(logs.filter((l) => l.includes('wrong 5041'))).toEqual([
      'fault: md: the next BTC/USD incremental carries a wrong 5041 (1 subscription)',
    ]);
    expect(() => ex.faults.corruptNextChecksum('FOO/BAR')).toThrow(/unknown symbol/);
    await c.client.logout();
  });

  it('drops the connection; the client reconnects, subscribes again and rebuilds the book', async () => {
    const c = await subscribed('MD-CABLE');
    ex.faults.disconnect('md');
    await c.client.waitFor(() => c.client.session.state === SessionState.Disconnected, 'the connection gone');
    burst(3);
    await c.reconnect();
    await c.client.waitFor(() => c.bookOf('BTC/USD') !== undefined, 'the new snapshot');
    burst(3);
    await settled(c);
    expect(c.mismatches).toEqual([]);
    await c.client.logout();
  });

  it('reports that nothing was done when no session of the target is live', () => {
    const report = ex.faults.dropNext('md', 1);
    expect(report).toEqual({
      text: 'fault: no live md session: nothing done (dropping the next 1 outbound message)',
      sessions: [],
    });
    expect(() => ex.faults.dropNext('md', 0)).toThrow(RangeError);
  });
});
