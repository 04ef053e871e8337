// The workstation core over real loopback sockets: the demo trading session against the embedded exchange (TLS,
// Kraken-signed logon), driven only through the commands and the status stream the renderer uses.
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionConnection } from '../../electron/host/session-connection.js';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkstationCore, type CoreOptions } from '../../electron/host/workstation-core.js';
import { CommandChannel, StreamChannel } from '../../shared/ipc/channels.js';
import type { CommandOutcome } from '../../shared/ipc/outcome.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import type { SessionPhase, SessionStatus } from '../../shared/session-status.js';

/** Every status the core publishes, and a way to wait for one that matches. */
class StatusRecorder {
  readonly seen: SessionStatus[] = [];
  private waiters: Array<{ match: (s: SessionStatus) => boolean; resolve: (s: SessionStatus) => void }> = [];

  readonly listener = (s: SessionStatus): void => {
    this.seen.push(s);
    this.waiters = this.waiters.filter((w) => (w.match(s) ? (w.resolve(s), false) : true));
  };

  next(match: (s: SessionStatus) => boolean): Promise<SessionStatus> {
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  phase(p: SessionPhase): Promise<SessionStatus> {
    return this.next((s) => s.phase === p);
  }

  /** Phases in publication order, repeats folded. */
  phasesSince(index: number): SessionPhase[] {
    return this.seen
      .slice(index)
      .map((s) => s.phase)
      .filter((p, i, all) => i === 0 || all[i - 1] !== p);
  }
}

const cores: WorkstationCore[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

const DEMO_SESSION_ID = 'demo-trading';
type Outcome = CommandOutcome<SessionStatus>;

/** The core as the renderer drives it: commands by channel, the demo trading session's status stream. */
interface Driven {
  connect(id: string): Promise<Outcome>;
  disconnect(id: string): Promise<Outcome>;
  resetSequence(id: string): Promise<Outcome>;
  listSessions(): Promise<SessionStatus[]>;
  close(): Promise<void>;
}

async function startCore(options: Partial<CoreOptions> = {}): Promise<{ core: Driven; rec: StatusRecorder }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'core-test-'));
  const ws = await WorkstationCore.start({ dataDir, autoConnect: false, exchange: { rate: 0 }, ...options });
  cores.push(ws);
  const rec = new StatusRecorder();
  ws.subscribe((channel, event) => {
    if (channel === StreamChannel.sessionStatus && (event as SessionStatus).id === DEMO_SESSION_ID) {
      rec.listener(event as SessionStatus);
    }
  });
  const core: Driven = {
    connect: (sessionId) => ws.execute(CommandChannel.connect, { sessionId }),
    disconnect: (sessionId) => ws.execute(CommandChannel.disconnect, { sessionId }),
    resetSequence: (sessionId) => ws.execute(CommandChannel.resetSequence, { sessionId }),
    listSessions: async () => {
      const r = await ws.execute(CommandChannel.listSessions, {});
      return r.ok ? r.value.filter((s) => s.id === DEMO_SESSION_ID) : [];
    },
    close: () => ws.close(),
  };
  return { core, rec };
}

describe('workstation core (demo session against the embedded exchange)', () => {
  it('lists the demo session disconnected, at sequence 1, before anything is asked of it', async () => {
    const { core } = await startCore();
    expect(await core.listSessions()).toEqual([
      {
        id: DEMO_SESSION_ID,
        phase: 'disconnected',
        senderCompId: 'DEMO-TRADER',
        targetCompId: 'KRAKEN-TRD',
        nextSenderSeq: 1,
        nextTargetSeq: 1,
        lastReceivedAt: null,
        roundTripMs: null,
        reconnectAt: null,
        lastError: null,
      },
    ]);
  });

  it('goes connecting -> logging-on -> active on connect, with both sequence numbers past the Logons', async () => {
    const { core, rec } = await startCore();
    const active = rec.phase('active');
    const outcome = await core.connect(DEMO_SESSION_ID);
    expect(outcome).toMatchObject({ ok: true, value: { phase: 'connecting' } });
    const status = await active;
    expect(rec.phasesSince(0)).toEqual(['connecting', 'logging-on', 'active']);
    expect(status).toMatchObject({ nextSenderSeq: 2, nextTargetSeq: 2, lastError: null, reconnectAt: null });
    expect(status.lastReceivedAt).toEqual(expect.any(Number));
  });

  it('shows the round trip of a latency probe once logged on', async () => {
    const { core, rec } = await startCore({ latencyProbeIntervalMs: 100 });
    await core.connect(DEMO_SESSION_ID);
    await rec.phase('active');
    await vi.waitFor(async () => expect((await core.listSessions())[0]?.roundTripMs).toEqual(expect.any(Number)), {
      timeout: 5000,
    });
    expect((await core.listSessions())[0]!.roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('logs out in order on disconnect and stays down; the simulator resets numbers on the next logon', async () => {
    const { core, rec } = await startCore();
    const active = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    await active;
    const from = rec.seen.length;
    const outcome = await core.disconnect(DEMO_SESSION_ID);
    expect(outcome).toMatchObject({ ok: true, value: { phase: 'disconnected', lastError: null } });
    expect(rec.phasesSince(from)).toEqual(['logging-out', 'disconnected']);
    // Logout out and in consumed one number each.
    expect((await core.listSessions())[0]).toMatchObject({ nextSenderSeq: 3, nextTargetSeq: 3, phase: 'disconnected' });

    // The embedded exchange starts afresh with the app, so the demo profile logs on with 141=Y every time.
    const again = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    expect(await again).toMatchObject({ nextSenderSeq: 2, nextTargetSeq: 2 });
  });

  it('refuses a sequence reset while logged on, and resets to 1 with a 141=Y Logon after a disconnect', async () => {
    const { core, rec } = await startCore();
    const active = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    await active;
    const refused = await core.resetSequence(DEMO_SESSION_ID);
    expect(refused).toMatchObject({ ok: false, kind: 'rejected', reason: expect.stringMatching(/disconnect first/) });

    await core.disconnect(DEMO_SESSION_ID);
    const reset = await core.resetSequence(DEMO_SESSION_ID);
    expect(reset).toMatchObject({ ok: true, value: { nextSenderSeq: 1, nextTargetSeq: 1 } });
    const back = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    expect(await back).toMatchObject({ nextSenderSeq: 2, nextTargetSeq: 2, lastError: null });
  });

  it('refuses commands for unknown session ids and commands that do not fit the phase, with reasons', async () => {
    const { core, rec } = await startCore();
    expect(await core.connect('nope')).toEqual({
      ok: false,
      kind: 'rejected',
      reason: 'unknown session "nope" (configured: demo-trading, demo-md)',
    });
    expect(await core.disconnect('x'.repeat(500))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/invalid request|unknown session/),
    });
    expect(await core.disconnect(DEMO_SESSION_ID)).toEqual({
      ok: false,
      kind: 'rejected',
      reason: 'demo-trading is already disconnected',
    });
    const active = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    expect(await core.connect(DEMO_SESSION_ID)).toMatchObject({ ok: false, reason: expect.stringMatching(/already/) });
    await active;
  });

  it('logs the session out on close and refuses commands afterwards', async () => {
    const { core, rec } = await startCore();
    const active = rec.phase('active');
    void core.connect(DEMO_SESSION_ID);
    await active;
    const from = rec.seen.length;
    await core.close();
    expect(rec.phasesSince(from)).toEqual(['logging-out', 'disconnected']);
    expect(await core.connect(DEMO_SESSION_ID)).toEqual({
      ok: false,
      kind: 'rejected',
      reason: 'the workstation is shutting down',
    });
  });
});

describe('session connection without a venue', () => {
  it('waits to reconnect after a refused connect, with the reason and when the next attempt starts', async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const connection = new SessionConnection(
      {
        id: 'nowhere',
        session: { senderCompId: 'ME', targetCompId: 'THEM', store: new MemoryMessageStore() },
        connector: { host: '127.0.0.1', port, tls: { enabled: false } },
        reconnect: { baseMs: 60_000, maxMs: 60_000, random: () => 0.5 },
      },
      { now: () => Date.now(), log: () => undefined },
    );
    const rec = new StatusRecorder();
    connection.onStatus(rec.listener);
    const waiting = rec.phase('reconnect-wait');
    const before = Date.now();
    connection.connect();
    const status = await waiting;
    expect(status.lastError).toMatch(/refused/);
    expect(status.reconnectAt).toBeGreaterThanOrEqual(before + 30_000);
    expect(await connection.disconnect()).toMatchObject({
      ok: true,
      value: { phase: 'disconnected', reconnectAt: null },
    });
    await connection.close();
  });
});
