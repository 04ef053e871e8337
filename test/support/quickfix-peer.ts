// Test-side driver of the QuickFIX C++ interop peers (test/interop/quickfix: qf-acceptor, qf-initiator): builds
// them if needed, spawns one, turns its stdout line protocol (README.md there) into typed events, waits for events
// with a deadline and a failure message that shows what the peer did say, and stops it with SIGTERM or SIGKILL.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// ---- the stdout protocol ---------------------------------------------------------------------------------------

interface Base {
  /** Position in this process's stdout (0-based). */
  index: number;
  /** When the test driver read the line (epoch ms). */
  at: number;
  line: string;
}

interface AdminLine {
  msgType: string;
  seq: number;
  possDup: boolean;
  /** `<details>` as tag -> value (empty for `-`). */
  details: Readonly<Record<number, string>>;
}

interface AppOutLine {
  msgType: string;
  seq: number;
  clOrdId: string | null;
}

export type QfEvent = Base &
  (
    | { kind: 'READY'; port: number }
    | { kind: 'LOGON'; sessionId: string }
    | { kind: 'LOGOUT'; sessionId: string }
    | ({ kind: 'ADMIN_IN' } & AdminLine)
    | ({ kind: 'ADMIN_OUT' } & AdminLine)
    | { kind: 'APP_IN'; msgType: string; seq: number; clOrdId: string | null; possDup: boolean }
    | ({ kind: 'APP_OUT' } & AppOutLine)
    | ({ kind: 'APP_RESEND' } & AppOutLine)
    | { kind: 'DONE' }
    /** A line type this driver does not know (the protocol says: ignore it). */
    | { kind: 'OTHER' }
  );

export type QfEventOf<K extends QfEvent['kind']> = Extract<QfEvent, { kind: K }>;

/** One stdout line as an event. A malformed line of a known type throws: the protocol is a contract. */
export function parseQfLine(line: string, index: number, at: number): QfEvent {
  const base = { index, at, line };
  const f = line.split(' ');
  const bad = (): never => {
    throw new Error(`QuickFIX peer: malformed stdout line ${JSON.stringify(line)}`);
  };
  const seqOf = (s: string | undefined): number => (s !== undefined && /^\d+$/.test(s) ? Number(s) : bad());
  const flag = (s: string | undefined): boolean => (s === 'Y' ? true : s === 'N' ? false : bad());
  const clOrd = (s: string | undefined): string | null => (s === undefined ? bad() : s === '-' ? null : s);
  switch (f[0]) {
    case 'READY':
      return { ...base, kind: 'READY', port: seqOf(f[1]) };
    case 'LOGON':
    case 'LOGOUT':
      return { ...base, kind: f[0], sessionId: f[1] ?? bad() };
    case 'ADMIN_IN':
    case 'ADMIN_OUT': {
      if (f.length !== 5) bad();
      const details: Record<number, string> = {};
      if (f[4] !== '-') {
        for (const kv of (f[4] ?? '').split(',')) {
          const eq = kv.indexOf('=');
          if (eq < 1) bad();
          details[Number(kv.slice(0, eq))] = kv.slice(eq + 1);
        }
      }
      return { ...base, kind: f[0], msgType: f[1] ?? bad(), seq: seqOf(f[2]), possDup: flag(f[3]), details };
    }
    case 'APP_IN':
      if (f.length !== 5) bad();
      return {
        ...base,
        kind: 'APP_IN',
        msgType: f[1] ?? bad(),
        seq: seqOf(f[2]),
        clOrdId: clOrd(f[3]),
        possDup: flag(f[4]),
      };
    case 'APP_OUT':
    case 'APP_RESEND':
      if (f.length !== 4) bad();
      return { ...base, kind: f[0], msgType: f[1] ?? bad(), seq: seqOf(f[2]), clOrdId: clOrd(f[3]) };
    case 'DONE':
      return { ...base, kind: 'DONE' };
    default:
      return { ...base, kind: 'OTHER' };
  }
}

/** Events of one kind, typed. */
export function eventsOf<K extends QfEvent['kind']>(events: readonly QfEvent[], kind: K): Array<QfEventOf<K>> {
  return events.filter((e): e is QfEventOf<K> => e.kind === kind);
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_DIR = path.join(REPO_ROOT, '.ci/build/quickfix');
const BUILD_SCRIPT = path.join(REPO_ROOT, 'test/interop/quickfix/build.sh');

let built = false;

/** Runs test/interop/quickfix/build.sh once per process (make is incremental: a no-op when up to date). */
export function ensureQuickFixBuilt(): { acceptor: string; initiator: string } {
  const acceptor = path.join(BUILD_DIR, 'qf-acceptor');
  const initiator = path.join(BUILD_DIR, 'qf-initiator');
  if (!built) {
    const r = spawnSync('bash', [BUILD_SCRIPT], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (r.status !== 0) {
      throw new Error(`building the QuickFIX peers failed (exit ${String(r.status)}):\n${r.stdout}\n${r.stderr}`);
    }
    built = true;
  }
  for (const bin of [acceptor, initiator]) {
    if (!fs.existsSync(bin)) throw new Error(`QuickFIX peer missing after build: ${bin}`);
  }
  return { acceptor, initiator };
}

export interface QfAcceptorOptions {
  port: number;
  senderCompId: string;
  targetCompId: string;
  storeDir: string;
  logDir: string;
  tls?: { cert: string; key: string };
  resetOnLogon?: boolean;
}

export interface QfInitiatorOptions {
  host?: string;
  port: number;
  senderCompId: string;
  targetCompId: string;
  storeDir: string;
  logDir: string;
  /** CA file (PEM path) the acceptor's certificate must chain to. */
  tls?: { ca: string };
  count?: number;
  prefix?: string;
  heartbeatSec?: number;
  intervalMs?: number;
  resetOnLogon?: boolean;
}

export interface WaitOptions {
  /** Failure guard, not an assertion on speed (default 20 000 ms). */
  timeoutMs?: number;
  /** Only events with index >= from count (default 0: the whole history). */
  from?: number;
}

export interface PeerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Waiter {
  match: (e: QfEvent) => boolean;
  from: number;
  what: string;
  resolve: (e: QfEvent) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

const live = new Set<QuickFixPeer>();

/** SIGKILLs every peer still running (afterEach/afterAll safety net: a failed test must not leave processes). */
export async function killAllQuickFixPeers(): Promise<void> {
  await Promise.all([...live].map((p) => p.kill('SIGKILL')));
}

export class QuickFixPeer {
  readonly events: QfEvent[] = [];
  readonly exited: Promise<PeerExit>;
  private readonly proc: ChildProcess;
  private readonly waiters = new Set<Waiter>();
  private stdoutRest = '';
  private stderrTail = '';
  private exit: PeerExit | null = null;

  private constructor(
    readonly name: string,
    bin: string,
    readonly args: readonly string[],
  ) {
    this.proc = spawn(bin, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this);
    this.proc.stdout?.setEncoding('utf8');
    this.proc.stdout?.on('data', (chunk: string) => this.onStdout(chunk));
    this.proc.stderr?.setEncoding('utf8');
    this.proc.stderr?.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      this.proc.on('error', (err) => {
        this.stderrTail += `\nspawn error: ${err.message}`;
      });
      this.proc.on('close', (code, signal) => {
        this.exit = { code, signal };
        live.delete(this);
        for (const w of this.waiters) this.fail(w, `the process exited (${describeExit(this.exit)})`);
        resolve(this.exit);
      });
    });
  }

  static acceptor(o: QfAcceptorOptions, name = 'qf-acceptor'): QuickFixPeer {
    const { acceptor } = ensureQuickFixBuilt();
    const args = [
      '--port',
      String(o.port),
      '--sender-comp-id',
      o.senderCompId,
      '--target-comp-id',
      o.targetCompId,
      '--store-dir',
      o.storeDir,
      '--log-dir',
      o.logDir,
      ...(o.tls ? ['--tls', '--cert', o.tls.cert, '--key', o.tls.key] : []),
      ...(o.resetOnLogon ? ['--reset-on-logon'] : []),
    ];
    return new QuickFixPeer(name, acceptor, args);
  }

  static initiator(o: QfInitiatorOptions, name = 'qf-initiator'): QuickFixPeer {
    const { initiator } = ensureQuickFixBuilt();
    const args = [
      '--host',
      o.host ?? '127.0.0.1',
      '--port',
      String(o.port),
      '--sender-comp-id',
      o.senderCompId,
      '--target-comp-id',
      o.targetCompId,
      '--store-dir',
      o.storeDir,
      '--log-dir',
      o.logDir,
      ...(o.tls ? ['--tls', '--ca', o.tls.ca] : []),
      ...(o.count !== undefined ? ['--count', String(o.count)] : []),
      ...(o.prefix !== undefined ? ['--prefix', o.prefix] : []),
      ...(o.heartbeatSec !== undefined ? ['--heartbeat', String(o.heartbeatSec)] : []),
      ...(o.intervalMs !== undefined ? ['--interval-ms', String(o.intervalMs)] : []),
      ...(o.resetOnLogon ? ['--reset-on-logon'] : []),
    ];
    return new QuickFixPeer(name, initiator, args);
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  get isRunning(): boolean {
    return this.exit === null;
  }

  /** The index the next event will get: pass it as `from` to wait only for what happens after now. */
  mark(): number {
    return this.events.length;
  }

  /** The first event (at index >= from) that matches; waits for it if it has not happened yet. */
  waitFor(match: (e: QfEvent) => boolean, what: string, o: WaitOptions = {}): Promise<QfEvent> {
    const from = o.from ?? 0;
    const seen = this.events.slice(from).find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        match,
        from,
        what,
        resolve,
        reject,
        timer: setTimeout(
          () => this.fail(w, `no such event within ${o.timeoutMs ?? 20_000} ms`),
          o.timeoutMs ?? 20_000,
        ),
      };
      if (this.exit !== null) {
        this.fail(w, `the process had already exited (${describeExit(this.exit)})`);
        return;
      }
      this.waiters.add(w);
    });
  }

  /** `READY <port>` (acceptor). */
  async ready(o: WaitOptions = {}): Promise<number> {
    const e = await this.waitFor((x) => x.kind === 'READY', 'READY <port>', o);
    return e.kind === 'READY' ? e.port : 0;
  }

  logon(o: WaitOptions = {}): Promise<QfEvent> {
    return this.waitFor((x) => x.kind === 'LOGON', 'LOGON', o);
  }

  done(o: WaitOptions = {}): Promise<QfEvent> {
    return this.waitFor((x) => x.kind === 'DONE', 'DONE', o);
  }

  /** Sends `signal` and resolves when the process is gone (at once if it already is). */
  async kill(signal: 'SIGTERM' | 'SIGKILL' | 'SIGINT' = 'SIGTERM'): Promise<PeerExit> {
    if (this.exit === null) this.proc.kill(signal);
    return this.exited;
  }

  /** SIGSTOP: the process is frozen where it is (bytes sent to it wait unread in its socket). SIGKILL still works. */
  suspend(): void {
    if (this.exit === null) this.proc.kill('SIGSTOP');
  }

  /** Orderly stop: SIGTERM (QuickFIX logs out, at most ~10 s), SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 12_000): Promise<PeerExit> {
    if (this.exit !== null) return this.exit;
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** What the peer said, for failure messages. */
  describe(lastLines = 25): string {
    const lines = this.events.slice(-lastLines).map((e) => `  [${e.index}] ${e.line}`);
    const state = this.exit === null ? 'running' : describeExit(this.exit);
    return (
      `${this.name} (pid ${String(this.proc.pid)}, ${state}) ${this.args.join(' ')}\n` +
      `last ${lines.length} of ${this.events.length} stdout lines:\n${lines.join('\n')}\n` +
      `stderr tail:\n${this.stderrTail.split('\n').slice(-12).join('\n')}`
    );
  }

  private onStdout(chunk: string): void {
    this.stdoutRest += chunk;
    const lines = this.stdoutRest.split('\n');
    this.stdoutRest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.length === 0) continue;
      const e = parseQfLine(line, this.events.length, Date.now());
      this.events.push(e);
      for (const w of this.waiters) {
        if (e.index >= w.from && w.match(e)) {
          clearTimeout(w.timer);
          this.waiters.delete(w);
          w.resolve(e);
        }
      }
    }
  }

  private fail(w: Waiter, why: string): void {
    this.waiters.delete(w);
    clearTimeout(w.timer);
    w.reject(new Error(`${this.name}: waiting for ${w.what} (from event ${w.from}): ${why}\n${this.describe()}`));
  }
}

function describeExit(e: PeerExit): string {
  return e.signal !== null ? `killed by ${e.signal}` : `exit code ${String(e.code)}`;
}
