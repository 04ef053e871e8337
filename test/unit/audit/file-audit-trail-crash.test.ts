import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileAuditTrail } from '../../../electron/audit/index.js';
import { tempDirs } from '../store/temp-dir.js';

const tempDir = tempDirs('audit-crash-');
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const child = path.join(here, 'crash-child.ts');

/** Runs the child until it has acknowledged `killAfter` entries, then SIGKILLs it mid-loop. */
function runAndKill(file: string, killAfter: number): Promise<{ ready: number; acked: number[] }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let ready = -1;
    let pending = '';
    let stderr = '';
    let killed = false;
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, n] = line.split(' ');
        if (kind === 'READY') ready = Number(n);
        else if (kind === 'E') acked.push(Number(n));
      }
      if (!killed && acked.length >= killAfter) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ ready, acked });
      else reject(new Error(`crash child exited on its own (${String(signal)}): ${stderr}`));
    });
  });
}

describe('FileAuditTrail after SIGKILL', () => {
  it('keeps every acknowledged entry and never repeats a seq across three killed runs', async () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const acked: number[] = [];
    for (const killAfter of [7, 23, 11]) {
      const run = await runAndKill(file, killAfter);
      // Each run continues after everything the file holds, acknowledged or not.
      expect(run.ready).toBeGreaterThanOrEqual(acked.at(-1) ?? 0);
      acked.push(...run.acked);
    }
    const trail = new FileAuditTrail({ file });
    try {
      const seqs = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('{') && l.endsWith('}'))
        .map((l) => (JSON.parse(l) as { seq: number }).seq);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
      for (const seq of acked) expect(seqs).toContain(seq);
      expect(trail.recovery.lastSeq).toBeGreaterThanOrEqual(Math.max(...seqs));
      expect(trail.record('login', 'after the crashes', 'accepted').seq).toBeGreaterThan(Math.max(...acked));
    } finally {
      trail.close();
    }
  });
});
