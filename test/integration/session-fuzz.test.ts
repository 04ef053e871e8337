// Mutated and hostile messages through the whole session layer (not just the parser): our acceptor Session, with
// the dictionary validator and a venue application, on an in-memory Transport (no socket overhead), fed
// FUZZ_ITERATIONS (default 1 000 000) messages from the corpus and from hostile admin templates, plus byte mutations.
// Asserted: no exception escapes, the event loop keeps turning, every disconnect is the session's own clean decision
// with a reason, the queue of out-of-order messages stays capped, memory stays bounded, and the session still works
// afterwards. FUZZ_SEED=<n> reproduces a run.
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Session,
  SessionState,
  dictionaryValidator,
  type SessionApplication,
} from '../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import { generateCorpus } from '../support/bench-corpus.js';
import { rng } from '../support/mutate.js';
import { corpusTemplates, FuzzMessages } from './support/fuzz-messages.js';
import { FuzzPeer } from './support/fuzz-peer.js';
import { SessionTrail } from './support/session-watch.js';

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? '1000000');
const SEED = Number(process.env.FUZZ_SEED ?? '424242');
const MAX_QUEUED = 500;
const RECONNECT_EVERY = 5000;
const BATCH = 256;
const US = 'FUZZ-VENUE';
const CLIENT = 'FUZZ-CLIENT';

// Escapes are recorded, not thrown, so the test can report all of them.
const escaped: string[] = [];
const onUncaught = (err: unknown): void => {
  escaped.push(`uncaughtException: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
};
const onRejection = (reason: unknown): void => {
  escaped.push(`unhandledRejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
};
beforeAll(() => {
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onRejection);
});

/** A full GC where the runtime allows one (heap figures are compared after it). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

/** Answers orders with an ExecutionReport (so the send path runs under fuzz too), accepts everything else. */
function venue(state: () => SessionState): { app: SessionApplication; received: { n: number } } {
  const received = { n: 0 };
  return {
    received,
    app: {
      onAppMessage(msg, ctx) {
        received.n++;
        // The session still delivers what arrives while its Logout is out; only a logged-on session can answer.
        if (msg.msgType !== 'D' || state() !== SessionState.Active) return;
        const id = msg.getString(11) ?? 'none';
        ctx.session.send('8', (enc) =>
          enc
            .str(37, `F-${id.slice(0, 20)}`)
            .str(17, `FX${ctx.seq}`)
            .str(150, '0')
            .str(39, '0'),
        );
      },
    },
  };
}

interface Rig {
  session: Session;
  peer: FuzzPeer;
  gen: FuzzMessages;
  trail: SessionTrail;
  received: { n: number };
  /** Exceptions the session caught at its last line of defence (a path the wire reached that nothing handled). */
  internal: string[];
}

let templates: ReturnType<typeof corpusTemplates> | null = null;

/** Our acceptor Session (dictionary validator, venue application, memory store) and a fuzz peer wired to it. */
function rig(seed: number): Rig {
  templates ??= corpusTemplates(generateCorpus(4000, 'mix', SEED));
  const gen = new FuzzMessages(templates, rng(seed), { client: CLIENT, us: US });
  let state = SessionState.Disconnected;
  const { app, received } = venue(() => state);
  const session = new Session({
    role: 'acceptor',
    senderCompId: US,
    targetCompId: CLIENT,
    store: new MemoryMessageStore(),
    application: app,
    validator: dictionaryValidator(),
    maxQueuedMessages: MAX_QUEUED,
    logoutTimeoutMs: 20,
    logoutCloseDelayMs: 0,
  });
  session.on('state', (c) => (state = c.to));
  const trail = new SessionTrail('fuzzed session', session);
  const internal: string[] = [];
  session.on('event', (e) => {
    if (/processing failed|listener for|Application .*failed|resend failed/i.test(e.text) && internal.length < 20)
      internal.push(e.text);
  });
  return { session, peer: new FuzzPeer(session, gen), gen, trail, received, internal };
}

describe('session fuzz: mutated inbound messages through the session layer', () => {
  it(`survives ${ITERATIONS} mutated and hostile messages: nothing escapes, the loop turns, disconnects are clean, memory is bounded`, async () => {
    const { session, peer, gen, trail, received, internal } = rig(SEED);

    // The event loop must keep turning: a 50 ms interval timer, checked for at least one firing per 2 s window.
    const ticks: number[] = [Date.now()];
    const ticker = setInterval(() => ticks.push(Date.now()), 50);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;

    try {
      for (let i = 0; i < ITERATIONS;) {
        if (!peer.step()) {
          await Promise.resolve();
          continue;
        }
        i++;
        if (i % RECONNECT_EVERY === 0 && peer.connected) peer.drop('periodic reconnect');
        if (i % BATCH === 0) await new Promise((r) => setImmediate(r));
      }
      // Let timers the fuzz started (logout waits, close delays) run out before the liveness probe.
      await new Promise((r) => setTimeout(r, 100));

      // Still a working session: a clean Logon, a TestRequest echoed, an order answered.
      if (peer.connected) peer.drop('fuzz done');
      await Promise.resolve();
      const before = received.n;
      peer.connect();
      expect(session.state, trail.describe()).toBe(SessionState.Active);
      peer.send(gen.build('1', 2, '112=STILL-ALIVE|'));
      peer.send(gen.build('D', 3, '11=ALIVE-1|55=BTC/USD|54=1|60=20260101-00:00:00|38=1|40=1|'));
      peer.pump();
      expect(peer.heartbeats).toContain('STILL-ALIVE');
      expect(received.n).toBe(before + 1);
      expect(session.nextTargetSeq).toBe(4);
    } finally {
      clearInterval(ticker);
    }
    ticks.push(Date.now());
    collectGarbage();
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

    const s = peer.stats;
    const report =
      `FUZZ_SEED=${SEED} iterations=${ITERATIONS}\n` +
      `${JSON.stringify({ ...s, heapGrowthMb: Math.round(heapGrowthMb), delivered: received.n }, null, 1)}\n` +
      `internal errors: ${internal.join(' / ')}\n${trail.describe(15)}`;
    if (process.env.INTEGRATION_DEBUG === '1') process.stderr.write(`${report}\n`);

    expect(escaped, report).toEqual([]);
    expect(internal, report).toEqual([]);
    expect(s.problems, report).toEqual([]);
    const longestGap = Math.max(...ticks.slice(1).map((t, k) => t - (ticks[k] ?? t)));
    expect(longestGap, `the event loop stalled for ${longestGap} ms\n${report}`).toBeLessThanOrEqual(2000);
    expect(s.maxQueued, report).toBeLessThanOrEqual(MAX_QUEUED);
    expect(heapGrowthMb, report).toBeLessThan(64);
    // The fuzz reached the session's logic, not just its framer: messages were delivered, numbers went out of
    // order, the session disconnected for protocol reasons of its own and logged on again.
    expect(received.n, report).toBeGreaterThan(ITERATIONS / 10);
    expect(s.maxQueued, report).toBeGreaterThan(0);
    expect(Object.keys(s.sessionDisconnects).length, report).toBeGreaterThan(0);
  }, 120_000);

  it('holds at most maxQueuedMessages beyond a gap, and asks again for what it dropped when the next message shows the gap', async () => {
    const { session, peer, gen, internal } = rig(1);
    peer.connect();
    peer.recorded = [];
    peer.cooperative = false;
    // Number 2 never arrives; 3 .. 2+2*cap do.
    const last = 2 + 2 * MAX_QUEUED;
    for (let seq = 3; seq <= last; seq++) {
      peer.send(gen.build('0', seq, ''));
      peer.pump();
      expect(session.queue.size).toBeLessThanOrEqual(MAX_QUEUED);
    }
    expect(session.queue.size).toBe(MAX_QUEUED);
    const resends = (): Array<Map<number, string>> => (peer.recorded ?? []).filter((m) => m.get(35) === '2');
    expect(resends().map((m) => [m.get(7), m.get(16)])).toEqual([['2', '0']]);
    // The gap is filled (only number 2): the held messages are processed. What was dropped is asked for as soon as
    // the next message shows the gap again.
    peer.recorded = [];
    peer.send(gen.build('4', 2, '36=3|123=Y|', { 43: 'Y', 122: '20260101-00:00:00' }));
    peer.pump();
    expect(session.nextTargetSeq).toBe(3 + MAX_QUEUED);
    expect(session.queue.size).toBe(0);
    peer.send(gen.build('0', last + 1, ''));
    peer.pump();
    expect(resends().map((m) => [m.get(7), m.get(16)])).toEqual([[String(3 + MAX_QUEUED), '0']]);
    expect(session.queue.size).toBe(1);
    expect(session.state).toBe(SessionState.Active);
    expect(internal).toEqual([]);
    await Promise.resolve();
  });

  // Found by the fuzz: the session takes NewSeqNo up to 15 digits, the store only numbers up to 2^32-1.
  it('answers a SequenceReset to NewSeqNo 4294967296 with a Reject (373=5) and stays logged on', async () => {
    const { session, peer, gen, internal, trail } = rig(2);
    peer.connect();
    peer.recorded = [];
    peer.cooperative = false;
    peer.send(gen.build('4', 2, '36=4294967296|123=N|'));
    peer.pump();
    await Promise.resolve();
    const out = (peer.recorded ?? []).map(
      (m) => `35=${m.get(35) ?? '?'} 45=${m.get(45) ?? '-'} 371=${m.get(371) ?? '-'} 373=${m.get(373) ?? '-'}`,
    );
    expect({ internal, out, state: session.state }, trail.describe(8)).toEqual({
      internal: [],
      out: ['35=3 45=2 371=36 373=5'],
      state: SessionState.Active,
    });
  });

  it('never fails internally when the inbound MsgSeqNum reaches 4294967295: it stays up or logs out with a reason', async () => {
    const { session, peer, gen, internal, trail } = rig(3);
    peer.connect();
    peer.recorded = [];
    peer.cooperative = false;
    peer.send(gen.build('4', 2, '36=4294967295|123=N|'));
    expect(session.nextTargetSeq).toBe(4294967295);
    peer.send(gen.build('0', 4294967295, ''));
    peer.pump();
    await Promise.resolve();
    const logouts = (peer.recorded ?? []).filter((m) => m.get(35) === '5');
    expect(
      { internal, loggedOutWithReason: session.state === SessionState.Active || (logouts[0]?.get(58) ?? '') !== '' },
      trail.describe(8),
    ).toEqual({
      internal: [],
      loggedOutWithReason: true,
    });
  });
});
