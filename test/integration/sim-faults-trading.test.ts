// Fault injection on the simulator's trading acceptor, against our own initiator over verified TLS: every fault
// is recovered from by the FIX session alone (ResendRequest answered, gap filled, garbled message dropped,
// reconnect with sequence 1) and no ExecutionReport is lost or delivered twice.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixMessage } from '../../electron/fix/codec/index.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import { SessionState, SimClient } from '../unit/sim-support/sim-client.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-faults-trading-');
let ex: RunningExchange;
let ca: string;
const logs: string[] = [];
let nextId = 1000;

beforeAll(async () => {
  ex = await startExchange({
    port: 0,
    mdPort: 0,
    certDir: tempDir('certs'),
    rate: 0,
    seed: 9,
    onLog: (l) => void logs.push(l),
  });
  ca = fs.readFileSync(ex.certPath!, 'utf8');
}, 60_000);
afterAll(async () => {
  await ex?.close();
});

const trader = (compId: string): Promise<SimClient> => SimClient.connect({ ex, ca, compId, side: 'trading' });

/** A resting ETH/USD bid far from any price; returns its ClOrdID. */
function bid(c: SimClient, price = '2000.00'): string {
  const id = String(++nextId);
  c.send('D', [
    [11, id],
    [55, 'ETH/USD'],
    [54, '1'],
    [38, '0.5'],
    [40, '2'],
    [44, price],
  ]);
  return id;
}

/** The ExecutionReports of these ClOrdIDs, in arrival order, as `ClOrdID/ExecType`. */
const reportsOf = (c: SimClient, ids: string[]): string[] =>
  c.inbound
    .filter((m) => m.msgType === '8' && ids.includes(m.getString(11) ?? ''))
    .map((m) => `${m.getString(11)}/${m.getString(150)}`);

const acked = (c: SimClient, id: string) => (m: FixMessage) => m.msgType === '8' && m.getString(11) === id;

describe('fault injection on the trading session', () => {
  it('drops an ExecutionReport; the client asks for it and gets it replayed before the next one', async () => {
    const c = await trader('DROP');
    const report = ex.faults.dropNext('trading', 1);
    expect(report.sessions).toEqual(['trading DROP']);
    const first = bid(c);
    const second = bid(c);
    await c.next(0, acked(c, second), 'the ack of the second order');
    await c.waitFor(() => reportsOf(c, [first, second]).length === 2, 'both acks');
    expect(reportsOf(c, [first, second])).toEqual([`${first}/0`, `${second}/0`]);
    expect(c.resendRequests).toHaveLength(1);
    expect(c.possDupIn).toBeGreaterThanOrEqual(1);
    expect(c.rejects).toEqual([]);
    expect(new Set(c.appSeqs).size).toBe(c.appSeqs.length);
    expect(logs).toContain('fault: trading DROP: dropping the next 1 outbound message');
    await c.logout();
  });

  it('delays the next reports and still delivers every one, in order, with no gap', async () => {
    const c = await trader('SLOW');
    ex.faults.delay('trading', 200, { messages: 2 });
    const ids = [bid(c), bid(c), bid(c)];
    await c.waitFor(() => reportsOf(c, ids).length === 3, 'three acks');
    expect(reportsOf(c, ids)).toEqual(ids.map((id) => `${id}/0`));
    expect(c.resendRequests).toEqual([]);
    expect(c.rejects).toEqual([]);
    await c.logout();
  });

  it('skips outbound numbers; the client’s ResendRequest is answered with a gap fill and trading goes on', async () => {
    const c = await trader('SKIP');
    const expectedBefore = c.session.nextTargetSeq;
    ex.faults.skipSeq('trading', 5);
    // The Heartbeat carries expectedBefore + 5; the gap fill covers expectedBefore..expectedBefore + 4.
    await c.waitFor(() => c.session.nextTargetSeq === expectedBefore + 6, 'the gap filled');
    expect(c.resendRequests).toEqual([{ begin: expectedBefore, end: 0 }]);
    const id = bid(c);
    await c.next(0, acked(c, id), 'the ack after the gap');
    expect(c.rejects).toEqual([]);
    await c.logout();
  });

  it('garbles a report (CheckSum, then BodyLength); the client drops it, logs it and has it resent', async () => {
    const c = await trader('NOISE');
    const ids: string[] = [];
    for (const kind of ['checksum', 'body-length'] as const) {
      ex.faults.garble('trading', kind);
      ids.push(bid(c), bid(c));
      await c.waitFor(() => reportsOf(c, ids).length === ids.length, `the acks after a garbled ${kind}`);
    }
    expect(reportsOf(c, ids)).toEqual(ids.map((id) => `${id}/0`));
    expect(c.garbled).toEqual(['bad-checksum', 'no 10= where BodyLength ends']);
    expect(c.resendRequests).toHaveLength(2);
    expect(c.rejects).toEqual([]);
    expect(c.session.state).toBe(SessionState.Active);
    await c.logout();
  });

  it('drops the connection; cancel on disconnect fires and the client logs on again from sequence 1', async () => {
    const c = await trader('CABLE');
    const id = bid(c, '1999.00');
    await c.next(0, acked(c, id), 'the ack of the resting order');
    ex.faults.disconnect('trading');
    await c.waitFor(() => c.session.state === SessionState.Disconnected, 'the connection gone');
    await c.waitFor(() => !ex.engine.depth('ETH/USD', 50)!.bids.some((l) => l.price === '1999.00'), 'COD');
    await c.connect();
    expect(c.session.state).toBe(SessionState.Active);
    // Our Logon (1) was answered with theirs (1): both sides start again at 2.
    expect([c.session.nextSenderSeq, c.session.nextTargetSeq]).toEqual([2, 2]);
    const after = bid(c);
    await c.next(0, acked(c, after), 'an order after reconnecting');
    await c.logout();
  });

  it('answers a structurally bad order with a session Reject (35=3) naming the tag and reason, not a 35=j', async () => {
    const c = await trader('BADFIELD');
    const badSide = c.send('D', [
      [11, String(++nextId)],
      [55, 'ETH/USD'],
      [54, '9'],
      [38, '1'],
      [40, '2'],
      [44, '2000.00'],
    ]);
    const noSide = c.send('D', [
      [11, String(++nextId)],
      [55, 'ETH/USD'],
      [38, '1'],
      [40, '2'],
      [44, '2000.00'],
    ]);
    const notNumber = c.send('D', [
      [11, String(++nextId)],
      [55, 'ETH/USD'],
      [54, '1'],
      [38, 'lots'],
      [40, '2'],
      [44, '2000.00'],
    ]);
    await c.waitFor(() => c.rejects.filter((r) => r.direction === 'in').length === 3, 'three session Rejects');
    const got = c.rejects.map((r) => [r.kind, r.refSeq, r.refMsgType, r.refTag, r.reason]);
    expect(got).toEqual([
      ['session', badSide, 'D', 54, 5],
      ['session', noSide, 'D', 54, 1],
      ['session', notNumber, 'D', 38, 6],
    ]);
    const ok = bid(c);
    await c.next(0, acked(c, ok), 'a good order after the Rejects');
    expect(c.inbound.filter((m) => m.msgType === 'j')).toEqual([]);
    await c.logout();
  });
});

describe('the daily reset', () => {
  it('logs every client out, cancels orders under cancel on disconnect, and the next Logon starts at 1', async () => {
    const t = await trader('ROLL');
    const md = await SimClient.connect({ ex, ca, compId: 'ROLL-MD', side: 'md' });
    const id = bid(t, '1998.00');
    await t.next(0, acked(t, id), 'the ack of the resting order');
    const logouts: string[] = [];
    for (const c of [t, md]) c.session.on('logout', (l) => void logouts.push(l.text ?? ''));
    const report = ex.faults.dailyReset();
    expect(report.sessions).toEqual(expect.arrayContaining(['trading ROLL', 'md ROLL-MD']));
    for (const c of [t, md]) await c.waitFor(() => c.session.state === SessionState.Disconnected, 'logged out');
    expect(logouts).toEqual(['Daily session reset', 'Daily session reset']);
    await t.waitFor(() => !ex.engine.depth('ETH/USD', 50)!.bids.some((l) => l.price === '1998.00'), 'COD at rollover');
    for (const c of [t, md]) {
      await c.connect();
      expect([c.session.state, c.session.nextSenderSeq, c.session.nextTargetSeq]).toEqual([SessionState.Active, 2, 2]);
    }
    expect(logs.filter((l) => l.startsWith('fault: daily reset'))).toHaveLength(1);
    await t.logout();
    await md.logout();
  });
});
