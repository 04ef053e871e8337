// QuickFIX C++ 1.15.1's initiator (test/interop/quickfix/qf-initiator) sends NewOrderSingles to our acceptor
// (FixAcceptor + Session on a FileMessageStore) over TLS that QuickFIX verifies against the test CA. Our venue
// application answers each with one ExecutionReport, across a kill -9 of QuickFIX and an abrupt restart of ours.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SessionState } from '../../electron/fix/session/index.js';
import { eventsOf, killAllQuickFixPeers, QuickFixPeer, type QfEvent } from '../support/quickfix-peer.js';
import { seqLineUp, type QfHistory } from './support/interop-checks.js';
import { effectiveOutbound } from './support/qf-audit.js';
import { OurAcceptor } from './support/our-acceptor.js';
import { parseRaw } from './support/raw-fields.js';
import { createRsaTlsFixture, type RsaTlsFixture } from './support/rsa-tls-fixture.js';
import { until } from './support/session-watch.js';
import { tempDirs } from './support/temp-dirs.js';
import { VenueBook } from './support/venue-book.js';

const US = 'WS-VENUE';
const CLIENT = 'QF-CLIENT';
const tempDir = tempDirs('fix-qf-to-ours-');

let fx: RsaTlsFixture;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(() => {
  fx = createRsaTlsFixture(tempDir('tls'));
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  await killAllQuickFixPeers();
});

/** One qf-initiator store, run by several processes in turn (kill -9 and restart resume it). */
class QfClient {
  readonly runs: QuickFixPeer[] = [];
  readonly storeDir = tempDir('qf-store');
  readonly logDir = tempDir('qf-log');

  constructor(
    readonly prefix: string,
    readonly count: number,
    readonly intervalMs: number,
  ) {}

  start(port: number): QuickFixPeer {
    const peer = QuickFixPeer.initiator(
      {
        port,
        senderCompId: CLIENT,
        targetCompId: US,
        storeDir: this.storeDir,
        logDir: this.logDir,
        tls: { ca: fx.caPath },
        count: this.count,
        prefix: this.prefix,
        intervalMs: this.intervalMs,
      },
      `qf-initiator#${this.runs.length + 1}`,
    );
    this.runs.push(peer);
    return peer;
  }

  get current(): QuickFixPeer {
    const p = this.runs.at(-1);
    if (p === undefined) throw new Error('no qf-initiator started');
    return p;
  }

  ids(): string[] {
    return Array.from({ length: this.count }, (_, i) => `${this.prefix}-${i + 1}`);
  }

  history(): QfHistory {
    return { runs: this.runs.map((p) => p.events) };
  }
}

async function startOurs(book: VenueBook, storeDir: string, port = 0, name = 'our acceptor'): Promise<OurAcceptor> {
  const a = await OurAcceptor.start({
    port,
    compId: US,
    tls: { cert: fx.serverCert, key: fx.serverKey },
    storeDir,
    book,
    name,
  });
  cleanups.push(() => a.crash());
  return a;
}

function describeAll(client: QfClient, ours: OurAcceptor): string {
  return `${client.runs.map((p) => p.describe()).join('\n')}\n${ours.trail(CLIENT).describe()}`;
}

/** Where duplicates were dropped, as each layer saw it. */
interface Dedupe {
  /** Our session ignored a PossDup message numbered below the expected one. */
  sessionDuplicates: number;
  /** Our venue application dropped a PossDup order it already had (ClOrdID). */
  applicationDuplicates: string[];
  /** QuickFIX's application got an ExecutionReport again as a PossDup replay (the test dedupes by ClOrdID). */
  clientDuplicates: string[];
  /** Orders our venue first got as QuickFIX's PossDup replay (the original was lost): booked, not dropped. */
  ordersFromReplay: string[];
  /** ExecutionReports QuickFIX first got as our PossDup replay (the original was lost). */
  reportsFromReplay: string[];
}

/** QuickFIX logs out (SIGTERM), then every cross-check between our book, our wire, and QuickFIX's stdout. */
async function finishAndCheck(client: QfClient, acceptors: OurAcceptor[], book: VenueBook): Promise<Dedupe> {
  const ours = acceptors.at(-1);
  if (ours === undefined) throw new Error('no acceptor');
  const qf = client.current;
  await qf.done({ timeoutMs: 30_000 });
  await qf.stop();
  const session = ours.session(CLIENT);
  if (session === undefined) throw new Error(`our acceptor has no session for ${CLIENT}\n${describeAll(client, ours)}`);
  await until(
    () => session.state === SessionState.Disconnected,
    'our session to end',
    () => describeAll(client, ours),
  );
  const ids = client.ids();
  const h = client.history();

  // Our venue: one order per ClOrdID on the book, nothing reused, nothing else received.
  expect([...book.orders.keys()].sort()).toEqual([...ids].sort());
  expect(book.reusedClOrdIds).toEqual([]);
  expect(book.other).toEqual([]);

  // Our wire: exactly one new ExecutionReport per ClOrdID (replays carry 43=Y), with the promised fields.
  const ers = acceptors
    .flatMap((a) => [...a.outbound.values()].flat())
    .filter((m) => m.msgType === '8' && !m.possDup)
    .map((m) => parseRaw(m.raw));
  const erIds = ers.map((f) => f.get(11) ?? '-');
  expect(erIds.length).toBe(new Set(erIds).size);
  expect([...erIds].sort()).toEqual([...ids].sort());
  for (const f of ers) {
    const id = f.get(11) ?? '-';
    expect([f.get(150), f.get(39), f.get(55), f.get(54), f.get(38), f.get(151), f.get(14), f.get(6)]).toEqual([
      '0',
      '0',
      'BTC/USD',
      '1',
      '1',
      '1',
      '0',
      '0',
    ]);
    expect([f.get(37), f.get(17)]).toEqual([`OUR-${id}`, `OURX-${id}`]);
  }

  // QuickFIX: every order acknowledged; any repeat is a PossDup replay, dropped by ClOrdID.
  const erIn = h.runs.flatMap((run) => eventsOf(run, 'APP_IN').filter((e) => e.msgType === '8'));
  const seen = new Map<string, QfEvent>();
  const clientDuplicates: string[] = [];
  for (const e of erIn) {
    const id = e.clOrdId ?? '-';
    if (!seen.has(id)) {
      seen.set(id, e);
      continue;
    }
    expect({ repeat: e.line, possDup: e.possDup }).toEqual({ repeat: e.line, possDup: true });
    clientDuplicates.push(id);
  }
  expect([...seen.keys()].sort()).toEqual([...ids].sort());
  expect(eventsOf(h.runs.flat(), 'APP_IN').filter((e) => e.msgType !== '8')).toEqual([]);

  // Numbers: both directions contiguous, each side's next number is the other's last + 1.
  expect(seqLineUp(h, { nextSenderSeq: session.nextSenderSeq, nextTargetSeq: session.nextTargetSeq }).problems).toEqual(
    [],
  );
  // Each order was booked under the number QuickFIX gave it; each report reached QuickFIX under ours.
  const qfOut = [...effectiveOutbound(h.runs).values()];
  const created = qfOut.flatMap((e) => (e.kind === 'APP_OUT' && e.msgType === 'D' ? [e.clOrdId ?? '-'] : []));
  expect(created.length).toBe(new Set(created).size);
  const orderSeq = new Map(qfOut.filter((e) => e.kind === 'APP_OUT').map((e) => [e.clOrdId ?? '-', e.seq]));
  for (const o of book.orders.values()) {
    expect({ id: o.clOrdId, in: o.inSeq, er: o.erSeq }).toEqual({
      id: o.clOrdId,
      in: orderSeq.get(o.clOrdId),
      er: seen.get(o.clOrdId)?.kind === 'APP_IN' ? (seen.get(o.clOrdId) as { seq: number }).seq : -1,
    });
  }
  const sessionDuplicates = acceptors
    .flatMap((a) => [...a.trails.values()])
    .flatMap((t) => t.lines)
    .filter((l) => /Duplicate MsgSeqNum \d+ \(PossDup\) ignored/.test(l)).length;
  const dedupe: Dedupe = {
    sessionDuplicates,
    applicationDuplicates: book.deduped.map((d) => d.clOrdId),
    clientDuplicates,
    ordersFromReplay: [...book.orders.values()].filter((o) => o.inPossDup).map((o) => o.clOrdId),
    reportsFromReplay: [...seen.values()].flatMap((e) => (e.kind === 'APP_IN' && e.possDup ? [e.clOrdId ?? '-'] : [])),
  };
  // A replayed order was booked only if QuickFIX did replay it; likewise for our reports.
  const qfReplays = new Set(eventsOf(h.runs.flat(), 'APP_RESEND').map((e) => e.clOrdId));
  expect(dedupe.ordersFromReplay.filter((id) => !qfReplays.has(id))).toEqual([]);
  const ourReplays = new Set(
    acceptors
      .flatMap((a) => [...a.outbound.values()].flat().filter((m) => m.possDup && m.msgType === '8'))
      .map((m) => parseRaw(m.raw).get(11)),
  );
  expect(dedupe.reportsFromReplay.filter((id) => !ourReplays.has(id))).toEqual([]);
  if (process.env.INTEGRATION_DEBUG === '1') {
    process.stderr.write(`${JSON.stringify(dedupe)}\n${describeAll(client, ours)}\n`);
  }
  return dedupe;
}

describe('the QuickFIX C++ initiator against our acceptor over TLS', () => {
  it('gets exactly one ExecutionReport for each of 60 NewOrderSingles, both sides numbering alike', async () => {
    const book = new VenueBook();
    const ours = await startOurs(book, tempDir('ours'));
    const client = new QfClient('PLAIN', 60, 0);
    client.start(ours.port);
    const dedupe = await finishAndCheck(client, [ours], book);
    expect(dedupe).toEqual({
      sessionDuplicates: 0,
      applicationDuplicates: [],
      clientDuplicates: [],
      ordersFromReplay: [],
      reportsFromReplay: [],
    });
  });

  it('loses and duplicates nothing when the QuickFIX initiator is killed with SIGKILL mid-stream and restarted on its store', async () => {
    const book = new VenueBook();
    const ours = await startOurs(book, tempDir('ours'));
    const client = new QfClient('QFKILL', 300, 1);
    const first = client.start(ours.port);
    // Killed from inside our callback for the 80th order: its report is being written, more orders are on the way.
    await new Promise<void>((resolve) => {
      book.onBooked = (_o, n) => {
        if (n === 80) void first.kill('SIGKILL').then(() => resolve());
      };
    });
    book.onBooked = () => undefined;
    const second = client.start(ours.port);
    const dedupe = await finishAndCheck(client, [ours], book);
    // The restarted QuickFIX resumed its numbering (no 141=Y) and created no order twice.
    const logon = eventsOf(second.events, 'ADMIN_OUT').find((e) => e.msgType === 'A');
    expect(logon?.seq).toBeGreaterThan(80);
    expect(logon?.details[141]).toBeUndefined();
    expect(dedupe.applicationDuplicates).toEqual([]);
    // Replays only ever reached QuickFIX's second run, for reports sent while it was gone.
    for (const id of dedupe.clientDuplicates) expect(book.orders.get(id)?.clOrdId).toBe(id);
  });

  it('loses and duplicates nothing when our acceptor is stopped abruptly mid-stream and restarted on its store and port', async () => {
    const book = new VenueBook();
    const storeDir = tempDir('ours');
    const first = await startOurs(book, storeDir, 0, 'our acceptor #1');
    const client = new QfClient('OURS', 300, 0);
    const qf = client.start(first.port);
    // Crash once QuickFIX has sent an order we have not booked (with 80 booked at least): that order is certainly
    // lost with our connection, and must come back as QuickFIX's PossDup replay. From 80 booked on our acceptor
    // stops hearing (bytes dropped unread, as in a dying process), so such an order exists on any machine speed.
    await until(
      () => book.orders.size >= 80,
      '80 orders booked',
      () => describeAll(client, first),
    );
    first.goDeaf();
    let lostId: string | null = null;
    await until(
      () => {
        const sent = qf.events.find(
          (e) => e.kind === 'APP_OUT' && e.msgType === 'D' && !book.orders.has(e.clOrdId ?? '-'),
        );
        lostId = sent?.kind === 'APP_OUT' ? sent.clOrdId : null;
        return lostId !== null;
      },
      'an order QuickFIX sent that we have not booked',
      () => describeAll(client, first),
    );
    const before = first.session(CLIENT);
    const numbersAtCrash = { nextSenderSeq: before?.nextSenderSeq, nextTargetSeq: before?.nextTargetSeq };
    await first.crash();
    const mark = qf.mark();
    const second = await startOurs(book, storeDir, first.port, 'our acceptor #2');
    await qf.waitFor((e) => e.kind === 'LOGON', 'LOGON to our restarted acceptor', { from: mark });
    // Our restarted session resumed from its store: its Logon answer continues our numbering.
    const answer = eventsOf(qf.events.slice(mark), 'ADMIN_IN').find((e) => e.msgType === 'A');
    expect(answer?.seq).toBe(numbersAtCrash.nextSenderSeq);
    const dedupe = await finishAndCheck(client, [first, second], book);
    // Orders QuickFIX sent into our dead connection: our restarted session found the gap (ResendRequest from the
    // number after the last one it had processed), QuickFIX replayed them, our venue booked them once.
    const trail = second.trail(CLIENT).lines;
    expect(trail.find((l) => l.startsWith('Sending ResendRequest'))).toMatch(
      new RegExp(`^Sending ResendRequest FROM: ${String(numbersAtCrash.nextTargetSeq)} TO: 0`),
    );
    expect(dedupe.ordersFromReplay).toContain(lostId);
    // Replays of orders it had processed after logon were dropped by our session layer, never reaching the venue.
    expect(dedupe.applicationDuplicates).toEqual([]);
  });
});
