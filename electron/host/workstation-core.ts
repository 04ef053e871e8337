// The workstation core as one object (plain Node, no Electron): the configured FIX connections, keyed by id, and
// for now the embedded exchange they trade against. Electron's main process binds it to IPC (electron/main.ts),
// the web host binds it to a WebSocket (web-host.ts); both only call the WorkstationHost surface.
//
// Demo mode: an echo acceptor on 127.0.0.1 (random port) stands in for the venue until the exchange simulator
// replaces it. Plain TCP there: the socket never leaves loopback, and the demo needs no certificate.
import { MemoryMessageStore } from '../fix/store/memory-store.js';
import { startEchoServer } from '../sim/echo/echo-server.js';
import type { SessionStatus } from '../../shared/session-status.js';
import { rejected, type CommandOutcome } from '../../shared/ipc/outcome.js';
import { SessionConnection, type SessionConnectionConfig } from './session-connection.js';
import type { WorkstationHost } from './workstation-host.js';

export const DEMO_SESSION_ID = 'demo-trading';
export const DEMO_SENDER_COMP_ID = 'DEMO-TRADER';
export const DEMO_EXCHANGE_COMP_ID = 'DEMO-EXCHANGE';

export interface DemoOptions {
  /** Connect the demo session as soon as the core starts (the app does; tests may start it by command). */
  autoConnect?: boolean;
  /** HeartBtInt the demo session proposes (default 30 s). */
  heartBtIntSec?: number;
  /** How often the demo session measures round-trip latency with a TestRequest while logged on (default 10 s). */
  latencyProbeIntervalMs?: number;
  /** Main process log for session events; default: none. */
  log?: (line: string) => void;
}

/** Something the core started and must stop on close (the embedded exchange). */
interface Closeable {
  close(): Promise<void>;
}

type Outcome = CommandOutcome<SessionStatus>;

export class WorkstationCore implements WorkstationHost {
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly connections: ReadonlyMap<string, SessionConnection>,
    private readonly owned: readonly Closeable[],
  ) {}

  /** The demo workstation: the embedded echo exchange and one initiator session to it. */
  static async startDemo(options: DemoOptions = {}): Promise<WorkstationCore> {
    const log = options.log ?? (() => undefined);
    // resetOnLogon off: the exchange keeps each client's numbers across reconnects, as a venue does, so the
    // numbers carry on after a reconnect and "Reset sequence" (Logon with 141=Y) is what restarts them.
    const exchange = await startEchoServer({
      host: '127.0.0.1',
      port: 0,
      compId: DEMO_EXCHANGE_COMP_ID,
      resetOnLogon: false,
    });
    const demo: SessionConnectionConfig = {
      id: DEMO_SESSION_ID,
      session: {
        senderCompId: DEMO_SENDER_COMP_ID,
        targetCompId: DEMO_EXCHANGE_COMP_ID,
        store: new MemoryMessageStore(),
        heartBtIntSec: options.heartBtIntSec ?? 30,
        // The session monitor shows round-trip latency: probe with a TestRequest every 10 s while logged on.
        latencyProbeIntervalMs: options.latencyProbeIntervalMs ?? 10_000,
      },
      connector: { host: '127.0.0.1', port: exchange.port, tls: { enabled: false } },
      reconnect: { baseMs: 1000, maxMs: 30_000 },
    };
    const connection = new SessionConnection(demo, { now: () => Date.now(), log });
    const core = new WorkstationCore(new Map([[connection.id, connection]]), [exchange]);
    if (options.autoConnect ?? true) connection.connect();
    return core;
  }

  listSessions(): SessionStatus[] {
    return [...this.connections.values()].map((c) => c.status);
  }

  onStatus(listener: (status: SessionStatus) => void): () => void {
    const offs = [...this.connections.values()].map((c) => c.onStatus(listener));
    return () => offs.forEach((off) => off());
  }

  connect(sessionId: string): Promise<Outcome> {
    return this.withSession(sessionId, (c) => Promise.resolve(c.connect()));
  }

  disconnect(sessionId: string): Promise<Outcome> {
    return this.withSession(sessionId, (c) => c.disconnect());
  }

  resetSequence(sessionId: string): Promise<Outcome> {
    return this.withSession(sessionId, (c) => Promise.resolve(c.resetSequence()));
  }

  /** Orderly logout of every session, then the embedded exchange stops. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.connections.values()].map((c) => c.close()));
      await Promise.all(this.owned.map((o) => o.close()));
    })();
    return this.closing;
  }

  private withSession(sessionId: string, run: (c: SessionConnection) => Promise<Outcome>): Promise<Outcome> {
    if (this.closing !== null) return Promise.resolve(rejected('the workstation is shutting down'));
    const c = this.connections.get(sessionId);
    if (c === undefined) {
      const known = [...this.connections.keys()].join(', ');
      return Promise.resolve(
        rejected(`unknown session ${JSON.stringify(String(sessionId).slice(0, 64))} (configured: ${known})`),
      );
    }
    return run(c);
  }
}
