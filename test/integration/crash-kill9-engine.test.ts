// kill -9 of OUR engine while it sends and receives: a child process runs our initiator on a FileMessageStore
// (fsync 'always') against QuickFIX C++'s acceptor over TLS, and is SIGKILLed at seeded random moments and started
// again on the same store. QuickFIX is the judge: every order the child reported sent got exactly one
// ExecutionReport, QuickFIX handled our numbers without an unrecovered gap, and at the end both sides agree on the
// next numbers. CRASH_SEED=<n> reproduces a run's kill points; CRASH_KILLS=<n> (default 4) kills more often.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FileMessageStore } from '../../electron/fix/store/file-store.js';
import { eventsOf, killAllQuickFixPeers, QuickFixPeer, type QfEvent } from '../support/quickfix-peer.js';
import { rng } from '../support/mutate.js';
import { erCountProblems, seqLineUp } from './support/interop-checks.js';
import { auditInbound } from './support/qf-audit.js';
import { createRsaTlsFixture, type RsaTlsFixture } from './support/rsa-tls-fixture.js';
import { tempDirs } from './support/temp-dirs.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const CHILD = path.join(import.meta.dirname, 'support/crash-initiator-child.ts');
const SEED = Number(process.env.CRASH_SEED ?? '20261124');
const KILLS = Number(process.env.CRASH_KILLS ?? '4');
const FINAL_ORDERS = 30;

const tempDir = tempDirs('fix-crash-kill9-');
let fx: RsaTlsFixture;

beforeAll(() => {
  fx = createRsaTlsFixture(tempDir('tls'));
});
afterEach(async () => {
  await killAllQuickFixPeers();
});

interface ChildRun {
  prefix: string;
  start: [number, number];
  logon: [number, number] | null;
  sent: Array<{ id: string; seq: number }>;
  ers: Array<{ id: string; seq: number; possDup: boolean }>;
  final: [number, number] | null;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
  /** ResendRequests our session sent (it found a gap in QuickFIX's messages after a restart). */
  resendRequestsSent: number;
  /** Frozen runs: the order whose report was outstanding when it stopped itself. */
  frozen?: string | undefined;
  /** QuickFIX answered that order before the kill: its report died with the process. */
  reportLostForSure: boolean;
}

/**
 * Runs the child until it has reported `killAfterSent` orders sent (0 = let it finish), then SIGKILLs it: at once
 * (wherever it is, a store write included), or with `freeze` after it stopped itself and QuickFIX answered the order
 * it named as awaiting a report: that report then certainly dies with the process, so the next run must find the
 * gap and ask for it.
 */
function runChild(
  qf: QuickFixPeer,
  port: number,
  storeDir: string,
  prefix: string,
  count: number,
  killAfterSent: number,
  freeze: boolean,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, String(port), fx.caPath, storeDir, prefix, String(count), '20'],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const run: ChildRun = {
      prefix,
      start: [0, 0],
      logon: null,
      sent: [],
      ers: [],
      final: null,
      exit: { code: null, signal: null },
      stderr: '',
      resendRequestsSent: 0,
      reportLostForSure: false,
    };
    let rest = '';
    let stopped = false;
    const guard = setTimeout(() => proc.kill('SIGKILL'), 25_000);
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (d: string) => {
      run.stderr = (run.stderr + d).slice(-6000);
      run.resendRequestsSent += d.split('Sending ResendRequest').length - 1;
    });
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (d: string) => {
      rest += d;
      const lines = rest.split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) {
        const [kind, a = '', b = '', c = ''] = l.split(' ');
        if (kind === 'START') run.start = [Number(a), Number(b)];
        else if (kind === 'LOGON') run.logon = [Number(a), Number(b)];
        else if (kind === 'SENT') run.sent.push({ id: a, seq: Number(b) });
        else if (kind === 'ER') run.ers.push({ id: a, seq: Number(b), possDup: c === 'Y' });
        else if (kind === 'FINAL') run.final = [Number(a), Number(b)];
        else if (kind === 'FROZEN') run.frozen = a;
      }
      if (killAfterSent > 0 && run.sent.length >= killAfterSent && !stopped) {
        stopped = true;
        if (freeze) proc.kill('SIGUSR2');
        else proc.kill('SIGKILL');
      }
      if (run.frozen === undefined) return;
      const pending = run.frozen;
      run.frozen = undefined;
      const answered = (e: QfEvent): boolean => e.kind === 'APP_OUT' && e.msgType === '8' && e.clOrdId === pending;
      void qf
        .waitFor(answered, `the ExecutionReport for ${pending}`, { timeoutMs: 5000 })
        .then(() => (run.reportLostForSure = pending !== '-'))
        .catch(() => undefined)
        .finally(() => proc.kill('SIGKILL'));
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(guard);
      run.exit = { code, signal };
      resolve(run);
    });
  });
}

function describeRuns(runs: ChildRun[], qf: QuickFixPeer): string {
  const lines = runs.map(
    (r) =>
      `${r.prefix}: start ${r.start.join('/')} logon ${r.logon?.join('/') ?? '-'} sent ${r.sent.length} (last ${r.sent.at(-1)?.id ?? '-'}) ` +
      `ers ${r.ers.length} final ${r.final?.join('/') ?? '-'} exit ${r.exit.signal ?? r.exit.code}\n  stderr: ${r.stderr.split('\n').slice(-8).join('\n  ')}`,
  );
  return `CRASH_SEED=${SEED}\n${lines.join('\n')}\n${qf.describe(40)}`;
}

describe('kill -9 of our engine while it sends and receives', () => {
  it('loses no order and answers none twice across repeated SIGKILLs, and leaves no sequence gap unrecovered', async () => {
    const qfStore = tempDir('qf-store');
    const qf = QuickFixPeer.acceptor({
      port: 0,
      senderCompId: 'QF-VENUE',
      targetCompId: 'CRASH-CLI',
      storeDir: qfStore,
      logDir: tempDir('qf-log'),
      tls: { cert: fx.certPath, key: fx.keyPath },
    });
    const port = await qf.ready();
    const storeDir = tempDir('ours');
    const random = rng(SEED);
    const runs: ChildRun[] = [];

    for (let k = 1; k <= KILLS; k++) {
      const killAfter = 5 + Math.floor(random() * 120);
      const run = await runChild(qf, port, storeDir, `K${k}`, 0, killAfter, k % 2 === 0);
      runs.push(run);
      expect(run.exit.signal, describeRuns(runs, qf)).toBe('SIGKILL');
      // Each restart resumed from the store: never behind what the previous run reported sent.
      const prev = runs.at(-2);
      if (prev !== undefined) expect(run.start[0]).toBeGreaterThan(prev.sent.at(-1)?.seq ?? 0);
    }
    const final = await runChild(qf, port, storeDir, 'FINAL', FINAL_ORDERS, 0, false);
    runs.push(final);
    expect({ exit: final.exit.code, final: final.final !== null }, describeRuns(runs, qf)).toEqual({
      exit: 0,
      final: true,
    });
    await qf.waitFor((e) => e.kind === 'LOGOUT', 'the final run logging out', { from: 0, timeoutMs: 10_000 });

    const history = { runs: [qf.events] };
    const reported = runs.flatMap((r) => r.sent.map((o) => o.id));
    // Every order the child said it sent was answered exactly once by QuickFIX...
    expect(
      erCountProblems(history, reported).filter((p) => !p.includes('unknown order')),
      describeRuns(runs, qf),
    ).toEqual([]);
    // ...and anything else answered can only be the one order each killed run had stored but not yet reported.
    const unreported = erCountProblems(history, reported).filter((p) => p.includes('unknown order'));
    const inFlight = new Set(runs.slice(0, KILLS).map((r) => `${r.prefix}-${r.sent.length + 1}`));
    for (const p of unreported) expect(inFlight.has(p.split(':')[0] ?? '')).toBe(true);

    // QuickFIX accounted for every number we used, in order; both sides agree on the next numbers.
    const finalNumbers = { nextSenderSeq: final.final?.[0] ?? 0, nextTargetSeq: final.final?.[1] ?? 0 };
    expect(seqLineUp(history, finalNumbers).problems, describeRuns(runs, qf)).toEqual([]);
    const store = new FileMessageStore({
      dir: storeDir,
      session: { beginString: 'FIX.4.4', senderCompId: 'CRASH-CLI', targetCompId: 'QF-VENUE' },
    });
    expect({ s: store.nextSenderSeq, t: store.nextTargetSeq }).toEqual({
      s: finalNumbers.nextSenderSeq,
      t: finalNumbers.nextTargetSeq,
    });
    store.close();

    // The crashes did bite: messages were lost in flight and recovered by resend (QuickFIX asking us, our restarted
    // session asking QuickFIX), and orders QuickFIX first saw as our PossDup replays were answered once.
    const audit = auditInbound(history.runs);
    expect(audit.repeats).toEqual([]);
    const qfResendRequests = eventsOf(qf.events, 'ADMIN_OUT').filter((e) => e.msgType === '2').length;
    const ourResendRequests = runs.reduce((n, r) => n + r.resendRequestsSent, 0);
    const replayedOrders = eventsOf(qf.events, 'APP_IN').filter((e) => e.msgType === 'D' && e.possDup);
    // Every restart after a run whose report certainly died with it found the gap and asked for it.
    const lostForSure = runs.filter((r) => r.reportLostForSure).length;
    expect(lostForSure, describeRuns(runs, qf)).toBeGreaterThan(0);
    runs.forEach((r, i) => {
      if (r.reportLostForSure) expect(runs[i + 1]?.resendRequestsSent, describeRuns(runs, qf)).toBeGreaterThan(0);
    });
    if (process.env.INTEGRATION_DEBUG === '1') {
      process.stderr.write(
        `${describeRuns(runs, qf)}\nResendRequests: QuickFIX ${qfResendRequests}, ours ${ourResendRequests}; ` +
          `orders first seen as PossDup replays ${replayedOrders.length}\n`,
      );
    }
    await qf.stop();
  });
});
