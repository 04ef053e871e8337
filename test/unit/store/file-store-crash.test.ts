import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMessageStore } from '../../../electron/fix/store/file-store.js';
import type { FsyncPolicy } from '../../../electron/fix/store/file-store-options.js';
import { crashMessage, crashSession } from './crash-message.js';
import { tempDirs } from './temp-dir.js';

const tempDir = tempDirs('fix-store-crash-');
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const child = path.join(here, 'crash-child.ts');

interface Report {
  appended: number[];
  targets: number[];
  ready: [number, number];
}

/** Runs the child until it has reported `killAfter` appends, then SIGKILLs it mid-loop. */
function runAndKill(dir: string, policy: FsyncPolicy, killAfter: number): Promise<Report> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dir, policy], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report: Report = { appended: [], targets: [], ready: [0, 0] };
    let pending = '';
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'READY') report.ready = [Number(a), Number(b)];
        else if (kind === 'S') report.appended.push(Number(a));
        else if (kind === 'T') report.targets.push(Number(a));
      }
      if (!killed && report.appended.length >= killAfter) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(report);
      else reject(new Error(`crash child exited on its own (${String(signal)}): ${stderr}`));
    });
  });
}

// Deterministic "random" kill points so a failure can be reproduced.
function* killPoints(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 1 + (x % 400);
  }
}

describe('FileMessageStore under SIGKILL', () => {
  it('keeps every append that returned before the kill, across repeated crashes', async () => {
    const dir = tempDir();
    const policies: FsyncPolicy[] = ['always', 'interval', 'never', 'always'];
    const points = killPoints(20260101);
    let lastSeq = 0;
    let lastTarget = 1;
    for (const policy of policies) {
      const report = await runAndKill(dir, policy, points.next().value as number);
      // The child resumed where the previous run's survivors left off.
      expect(report.ready[0]).toBeGreaterThan(lastSeq);
      expect(report.ready[1]).toBeGreaterThanOrEqual(lastTarget);
      lastSeq = report.appended.at(-1) ?? lastSeq;
      lastTarget = report.targets.at(-1) ?? lastTarget;

      const store = new FileMessageStore({ dir, session: crashSession });
      try {
        const stored = new Map(store.getRange(1, 0, 1_000_000).map((m) => [m.seq, m.raw]));
        for (const seq of report.appended) expect(stored.get(seq)?.equals(crashMessage(seq))).toBe(true);
        // At most one append can have completed without being reported.
        expect(store.nextSenderSeq).toBeGreaterThanOrEqual(lastSeq + 1);
        expect(store.nextSenderSeq).toBeLessThanOrEqual(lastSeq + 2);
        expect(store.nextTargetSeq).toBeGreaterThanOrEqual(lastTarget);
        expect(store.nextTargetSeq).toBeLessThanOrEqual(lastTarget + 1);
        for (let seq = 1; seq < store.nextSenderSeq; seq++) expect(stored.has(seq)).toBe(true);
        lastSeq = store.nextSenderSeq - 1;
        lastTarget = store.nextTargetSeq;
      } finally {
        store.close();
      }
    }
  });
});
