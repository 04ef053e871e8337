import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The team's FIX corpus generator (../shared/bench beside the project checkout, in CI as on developer machines). */
export const BENCH_DIR = resolve(import.meta.dirname, '../../../shared/bench');

/** Generate a deterministic corpus with ../shared/bench/corpus.mjs and return its bytes. */
export function generateCorpus(messages: number, mode: 'mix' | 'x' | 'er' = 'mix', seed = 42): Buffer {
  const script = join(BENCH_DIR, 'corpus.mjs');
  if (!existsSync(script)) throw new Error(`the bench corpus generator is missing: ${script}`);
  const file = join(mkdtempSync(join(tmpdir(), 'fixcorpus-')), `${mode}.fix`);
  execFileSync(process.execPath, [script, file, '--mode', mode, '-n', String(messages), '--seed', String(seed)], { stdio: 'ignore' });
  return readFileSync(file);
}
