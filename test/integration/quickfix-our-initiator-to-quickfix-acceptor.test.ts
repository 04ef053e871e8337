// Our initiator (Session + TLS Connector with the test CA + Reconnector) against QuickFIX C++ 1.15.1's acceptor
// (test/interop/quickfix/qf-acceptor) over verified TLS on loopback: NewOrderSingles out, one ExecutionReport
// back per order, across a kill -9 of QuickFIX and an abrupt restart of our initiator on the same store.
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseRaw } from './support/raw-fields.js';
import type { MessageRecord } from '../../electron/fix/session/index.js';
import { Connector } from '../../electron/fix/transport/connector.js';
import { eventsOf, killAllQuickFixPeers, QuickFixPeer, type QfEvent } from '../support/quickfix-peer.js';
import { erCountProblems, seqLineUp, type QfHistory } from './support/interop-checks.js';
import { OrderFlow } from './support/order-flow.js';
import { OurInitiator } from './support/our-initiator.js';
import { until } from './support/session-watch.js';
import { createRsaTlsFixture, type RsaTlsFixture } from './support/rsa-tls-fixture.js';
import { tempDirs } from './support/temp-dirs.js';

const US = 'WS-CLIENT';
const THEM = 'QF-VENUE';
const tempDir = tempDirs('fix-ours-to-qf-');

let fx: RsaTlsFixture;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(() => {
  fx = createRsaTlsFixture(tempDir('tls'));
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await killAllQuickFixPeers();
});

/** One QuickFIX acceptor store, possibly served by several processes in turn (restarts), on one port. */
class QfVenue {
  readonly runs: QuickFixPeer[] = [];
  readonly storeDir = tempDir('qf-store');
  readonly logDir = tempDir('qf-log');
  port = 0;

  async start(): Promise<QuickFixPeer> {
    const peer = QuickFixPeer.acceptor(
      {
        port: this.port,
        senderCompId: THEM,
        targetCompId: US,
        storeDir: this.storeDir,
        logDir: this.logDir,
        tls: { cert: fx.certPath, key: fx.keyPath },
      },
      `qf-acceptor#${this.runs.length + 1}`,
    );
    this.runs.push(peer);
    this.port = await peer.ready();
    return peer;
  }

  get current(): QuickFixPeer {
    const p = this.runs.at(-1);
    if (p === undefined) throw new Error('no QuickFIX acceptor started');
    return p;
  }

  history(): QfHistory {
    return { runs: this.runs.map((p) => p.events) };
  }
}

function startOurs(venue: QfVenue, flow: OrderFlow, storeDir: string, name: string): OurInitiator {
  const ours = new OurInitiator({
    port: venue.port,
    ca: fx.caCert,
    senderCompId: US,
    targetCompId: THEM,
    storeDir,
    logDir: path.join(storeDir, 'log'),
    application: flow.application(),
    name,
  });
  cleanups.push(() => ours.crash());
  return ours;
}

/** Our outbound messages as the session reported them (replays included). */
function recordOutbound(ours: OurInitiator): MessageRecord[] {
  const out: MessageRecord[] = [];
  ours.session.on('message', (m) => {
    if (m.direction === 'out') out.push(m);
  });
  return out;
}

function describeAll(venue: QfVenue, ours: OurInitiator): string {
  return `${venue.runs.map((p) => p.describe()).join('\n')}\n${ours.trail.describe()}`;
}

/** Orderly logout, then every cross-check between our numbers, our ledger and QuickFIX's stdout. */
async function finishAndCheck(venue: QfVenue, ours: OurInitiator, flow: OrderFlow): Promise<void> {
  await until(
    () => flow.complete,
    `an ExecutionReport for all ${flow.count} orders`,
    () => `missing: ${flow.missing().slice(0, 20).join(',')}\n${describeAll(venue, ours)}`,
  );
  const qf = venue.current;
  const from = qf.mark();
  await ours.stop();
  await qf.waitFor((e) => e.kind === 'ADMIN_OUT' && e.msgType === '5', 'its Logout answer', { from });
  const ourNumbers = { nextSenderSeq: ours.store.nextSenderSeq, nextTargetSeq: ours.store.nextTargetSeq };

  // Our side: exactly one ExecutionReport per order, all "New", and no repeat without PossDup.
  expect(flow.ledger.unflaggedRepeats).toEqual([]);
  expect(flow.missing()).toEqual([]);
  expect([...flow.ledger.first.keys()].sort()).toEqual(flow.sent.map((o) => o.clOrdId).sort());
  for (const er of flow.ledger.first.values()) {
    expect({ id: er.clOrdId, execType: er.execType, ordStatus: er.ordStatus, leaves: er.leavesQty }).toEqual({
      id: er.clOrdId,
      execType: '0',
      ordStatus: '0',
      leaves: '1',
    });
  }
  expect(flow.otherApp).toEqual([]);

  // QuickFIX's side: exactly one ExecutionReport created per ClOrdID, over all its runs.
  const h = venue.history();
  expect(
    erCountProblems(
      h,
      flow.sent.map((o) => o.clOrdId),
    ),
  ).toEqual([]);

  // Numbers: both directions contiguous, and each side's "next" is the other's last + 1.
  const lineUp = seqLineUp(h, ourNumbers);
  expect(lineUp.problems).toEqual([]);

  // Each order reached QuickFIX under the number our send() returned; each report under QuickFIX's number.
  const firstIn = new Map<string, number>();
  const erOut = new Map<string, number>();
  for (const run of h.runs) {
    for (const e of eventsOf(run, 'APP_IN'))
      if (e.clOrdId !== null && !firstIn.has(e.clOrdId)) firstIn.set(e.clOrdId, e.seq);
    for (const e of eventsOf(run, 'APP_OUT')) if (e.clOrdId !== null) erOut.set(e.clOrdId, e.seq);
  }
  for (const o of flow.sent)
    expect({ id: o.clOrdId, seq: firstIn.get(o.clOrdId) }).toEqual({ id: o.clOrdId, seq: o.seq });
  for (const er of flow.ledger.first.values()) {
    expect({ id: er.clOrdId, seq: erOut.get(er.clOrdId) }).toEqual({ id: er.clOrdId, seq: er.seq });
  }
}

function count(events: readonly QfEvent[], pred: (e: QfEvent) => boolean): number {
  return events.filter(pred).length;
}

describe('our initiator against the QuickFIX C++ acceptor over TLS', () => {
  it('refuses the QuickFIX acceptor when its certificate does not chain to a CA we trust', async () => {
    const venue = new QfVenue();
    await venue.start();
    const untrusted = new Connector({ host: '127.0.0.1', port: venue.port, tls: {}, connectTimeoutMs: 5000 });
    await expect(untrusted.connect()).rejects.toThrow(/certificate/i);
    const trusted = new Connector({ host: '127.0.0.1', port: venue.port, tls: { ca: fx.caCert } });
    const t = await trusted.connect();
    expect({ tls: t.info.tls, authorized: t.info.authorized }).toEqual({ tls: true, authorized: true });
    t.destroy();
  });

  it('sends 60 NewOrderSingles and gets exactly one ExecutionReport for each, both sides numbering alike', async () => {
    const venue = new QfVenue();
    await venue.start();
    const flow = new OrderFlow('PLAIN', 60, 10);
    const ours = startOurs(venue, flow, tempDir('ours'), 'our initiator');
    await ours.logon();
    await venue.current.logon();
    await finishAndCheck(venue, ours, flow);
    expect(flow.ledger.deduped).toEqual([]);
  });

  it('survives kill -9 of QuickFIX mid-stream: reconnects, replays orders with 43=Y and 122, gap-fills admin messages', async () => {
    const venue = new QfVenue();
    const first = await venue.start();
    const flow = new OrderFlow('QFKILL', 200, 20);
    const ours = startOurs(venue, flow, tempDir('ours'), 'our initiator');
    const out = recordOutbound(ours);
    await ours.logon();
    await first.waitFor(() => count(first.events, (e) => e.kind === 'APP_IN') >= 70, '70 orders received');
    // Frozen, then killed: the order we send in between is certainly in flight, unread by QuickFIX, at the kill.
    first.suspend();
    const inFlight = flow.sendOne();
    expect(inFlight).toBeDefined();
    await first.kill('SIGKILL');
    const outBeforeRestart = out.length;

    const second = await venue.start();
    await finishAndCheck(venue, ours, flow);

    // QuickFIX found the gap our in-flight orders left and asked for them; we answered from our store.
    const resendRequest = second.events.find((e) => e.kind === 'ADMIN_OUT' && e.msgType === '2');
    expect(resendRequest, describeAll(venue, ours)).toBeDefined();
    const replays = out.slice(outBeforeRestart).filter((m) => m.possDup);
    const orderReplays = replays.filter((m) => m.msgType === 'D').map((m) => parseRaw(m.raw));
    const gapFills = replays.filter((m) => m.msgType === '4').map((m) => parseRaw(m.raw));
    expect(orderReplays.length).toBeGreaterThan(0);
    // Each replay is the original order under its original number: same ClOrdID, 43=Y, 122 = the original's 52.
    const originalsBySeq = new Map(out.filter((m) => !m.possDup).map((m) => [m.seq, parseRaw(m.raw)]));
    for (const f of orderReplays) {
      const original = originalsBySeq.get(Number(f.get(34)));
      expect({ seq: f.get(34), clOrdId: f.get(11), possDup: f.get(43), origSendingTime: f.get(122) }).toEqual({
        seq: f.get(34),
        clOrdId: original?.get(11),
        possDup: 'Y',
        origSendingTime: original?.get(52),
      });
    }
    // At least our new Logon lies inside the requested range: admin messages are never replayed, only gap-filled.
    expect(gapFills.length).toBeGreaterThan(0);
    for (const f of gapFills)
      expect({ gapFill: f.get(123), possDup: f.get(43) }).toEqual({ gapFill: 'Y', possDup: 'Y' });
    expect(replays.filter((m) => ['A', '0', '1', '2', '5'].includes(m.msgType))).toEqual([]);
    // QuickFIX saw the replays as PossDup and processed the ones it had not answered.
    const possDupIn = eventsOf(second.events, 'APP_IN').filter((e) => e.possDup && e.msgType === 'D');
    expect(possDupIn.map((e) => e.clOrdId)).toContain(inFlight?.clOrdId);
    const replayedIds = new Set(orderReplays.map((f) => f.get(11)));
    expect(possDupIn.length).toBeGreaterThan(0);
    expect(possDupIn.filter((e) => !replayedIds.has(e.clOrdId ?? '-'))).toEqual([]);
    // Each gap fill skips admin messages only: every original numbered in [34, 36) was session-level. (QuickFIX
    // often drops the fill for our new Logon as a PossDup duplicate: it had processed that Logon from its queue.)
    const originals = new Map(out.filter((m) => !m.possDup).map((m) => [m.seq, m.msgType]));
    for (const f of gapFills) {
      const from = Number(f.get(34));
      const to = Number(f.get(36));
      expect(to).toBeGreaterThan(from);
      const skipped = Array.from({ length: to - from }, (_, k) => originals.get(from + k) ?? '?');
      expect({ from, skipped: skipped.filter((t) => !['A', '0', '1', '2', '4', '5', '3'].includes(t)) }).toEqual({
        from,
        skipped: [],
      });
    }
  });

  it('resumes its sequence numbers after an abrupt restart of our initiator on the same FileMessageStore', async () => {
    const venue = new QfVenue();
    const qf = await venue.start();
    const flow = new OrderFlow('OURS', 200, 20);
    const storeDir = tempDir('ours');
    const firstOurs = startOurs(venue, flow, storeDir, 'our initiator #1');
    await firstOurs.logon();
    await until(
      () => flow.ledger.first.size >= 70,
      '70 ExecutionReports',
      () => describeAll(venue, firstOurs),
    );
    const numbersAtCrash = {
      nextSenderSeq: firstOurs.store.nextSenderSeq,
      nextTargetSeq: firstOurs.store.nextTargetSeq,
    };
    firstOurs.crash();
    flow.detach();
    await qf.waitFor((e) => e.kind === 'LOGOUT', 'LOGOUT after our crash');
    const mark = qf.mark();

    const secondOurs = startOurs(venue, flow, storeDir, 'our initiator #2');
    expect({ nextSenderSeq: secondOurs.store.nextSenderSeq, nextTargetSeq: secondOurs.store.nextTargetSeq }).toEqual(
      numbersAtCrash,
    );
    await secondOurs.logon();
    const logon = await qf.waitFor((e) => e.kind === 'ADMIN_IN' && e.msgType === 'A', 'our second Logon', {
      from: mark,
    });
    expect(logon.kind === 'ADMIN_IN' && logon.seq).toBe(numbersAtCrash.nextSenderSeq);
    expect(logon.kind === 'ADMIN_IN' && logon.details[141]).toBeUndefined();
    await finishAndCheck(venue, secondOurs, flow);
  });
});
