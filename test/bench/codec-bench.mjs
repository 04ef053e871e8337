// The codec benchmark: our parser and encoder against jspurefix (npm, devDependency) and QuickFIX C++ (Debian
// libquickfix-dev, built from ../shared/bench/native) on the team corpora, one process per implementation per run,
// ratios computed within each run (../shared/bench/README.md explains the method).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GOALS = [
  { kind: 'parse', peer: 'jspurefix-view', min: 10, label: 'parse vs jspurefix' },
  { kind: 'parse', peer: 'quickfix:parse', min: 3, label: 'parse vs QuickFIX C++' },
  { kind: 'encode', peer: 'jspurefix-view', min: 14, label: 'encode vs jspurefix' },
  { kind: 'encode', peer: 'quickfix:encode-build', min: 3, label: 'encode vs QuickFIX C++' },
];
const OURS = 'extra:codec-adapter.mjs';

export async function runCodecBench({ root, out, runs, quick, step }) {
  const shared = join(root, '../shared/bench');
  const corpora = ['mix', 'x', 'er'].map((mode) => {
    const file = join(out, `${mode}.fix`);
    if (!existsSync(file)) {
      step(`generate the ${mode} corpus`, process.execPath, [join(shared, 'corpus.mjs'), file, '--mode', mode, '-n', '300000', '--stats', join(out, `${mode}.json`)]);
    }
    return file;
  });
  const native = join(out, 'native');
  const haveQuickfix = existsSync('/usr/include/quickfix/Message.h');
  if (haveQuickfix) step('build QuickFIX C++ and byte-scan references', 'make', ['-s', '-C', join(shared, 'native'), `BUILD=${native}`]);
  else console.log('! libquickfix-dev is not installed (apt-get install libquickfix-dev): QuickFIX rows are left out');
  const only = [OURS, 'jspurefix-view', 'js-floor', 'c-scan', 'quickfix:parse', 'quickfix:encode-build'];
  const limit = quick ? 50000 : 200000;
  step(`run codec benchmarks (${runs} run(s), ${limit} messages per corpus slice)`, process.execPath, [
    join(shared, 'run-all.mjs'), '--corpora', corpora.join(','), '--runs', String(runs), '--limit', String(limit),
    '--encode-limit', String(limit / 2), '--reps', quick ? '1' : '3', '--only', only.join(','),
    '--extra-adapter', join(root, 'test/bench/codec-adapter.mjs'), '--deps', root,
    '--dict', join(root, 'node_modules/jspurefix/data/FIX44.xml'), '--build', native, '--out', join(out, 'results'),
  ]);
  summarise(join(out, 'results/raw'));
}

function newest(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function summarise(rawDir) {
  const raw = JSON.parse(readFileSync(newest(rawDir), 'utf8'));
  console.log('\nCodec ratios (ours / peer, computed within each run; median [min–max] over runs)');
  let failed = 0;
  for (const [corpus, data] of Object.entries(raw.corpora)) {
    const ours = (run, kind) => run.rows.find((r) => r.row === OURS && r.kind === kind);
    const oursParse = median(data.runs.map((run) => ours(run, 'parse')?.msgs ?? NaN));
    const oursEncode = median(data.runs.map((run) => ours(run, 'encode')?.msgs ?? NaN));
    console.log(`  ${corpus}: ours parse ${(oursParse / 1000).toFixed(0)}k msg/s (BodyLength+CheckSum verified), encode ${(oursEncode / 1000).toFixed(0)}k msg/s`);
    for (const goal of GOALS) {
      const ratios = data.runs
        .map((run) => {
          const me = ours(run, goal.kind);
          const peer = run.rows.find((r) => r.row === goal.peer && r.kind === goal.kind);
          return me && peer ? me.msgs / peer.msgs : NaN;
        })
        .filter((x) => Number.isFinite(x));
      if (ratios.length === 0) {
        console.log(`    ${goal.label.padEnd(24)} not measured`);
        continue;
      }
      const m = median(ratios);
      const ok = corpus.startsWith('mix') ? (m >= goal.min ? 'meets' : 'BELOW') : '';
      if (ok === 'BELOW') failed++;
      console.log(`    ${goal.label.padEnd(24)} ${m.toFixed(2)}× [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]${ok ? `  goal ≥ ${goal.min}× on the mix: ${ok}` : ''}`);
    }
  }
  if (raw.errors.length > 0) console.log(`  ${raw.errors.length} benchmark process(es) failed: see ${rawDir}`);
  if (failed > 0) console.log(`  ${failed} goal(s) not met on the mixed corpus`);
}
