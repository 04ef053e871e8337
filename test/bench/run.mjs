#!/usr/bin/env node
// `npm run bench`: every benchmark of the project, side by side with its peers, printing figures and ratios.
// Figures go to docs/performance.md by hand after a quiet run; nothing here asserts on time.
//   BENCH_RUNS=5 npm run bench        more runs (default 3)
//   npm run bench -- --quick          one run, smaller slices (a smoke check of the harness)
// Order: codec (vs jspurefix and QuickFIX C++), session hot path, book building (vs a sorted-array reference),
// market data to IPC frames.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCodecBench } from './codec-bench.mjs';
import { runSessionBench } from './session-bench.mjs';
import { runBookBench } from './book-bench.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');

function step(label, cmd, args, opts = {}) {
  process.stdout.write(`» ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
}

const out = join(ROOT, 'out/bench');
mkdirSync(out, { recursive: true });
step('build the codec (tsc -p tsconfig.codec.json)', join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.codec.json']);
if (!existsSync(join(ROOT, '../shared/bench/run-all.mjs'))) {
  throw new Error('../shared/bench is missing: the benchmarks run from a checkout with the team folder beside it');
}
await runCodecBench({ root: ROOT, out, runs: quick ? 1 : Number(process.env.BENCH_RUNS ?? 3), quick, step });
await runSessionBench({ runs: quick ? 1 : Number(process.env.BENCH_RUNS ?? 3), quick });
await runBookBench({ root: ROOT, runs: quick ? 1 : Number(process.env.BENCH_RUNS ?? 3), quick, build: false });
// IPC frames per second and bytes per frame with the simulator streaming at 50,000 book updates/s (TypeScript:
// run through tsx rather than imported).
step('market data to IPC frames (simulator at 50,000 updates/s)', join(ROOT, 'node_modules/.bin/tsx'), [
  'test/bench/md-frames-bench.ts',
  ...(quick ? ['--quick'] : []),
]);
