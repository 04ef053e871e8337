// Book building: the team's 35=X corpus (../shared/bench/corpus.mjs --mode x: plain FIX 4.4 incrementals, 1-10
// entries, Symbol in each entry, 9 symbols, books built by the stream itself) applied to our L2 books through the
// market-data reader, side by side with a reference book: the simplest correct implementation (an array of levels
// per side, best first, found by a linear scan on Number(price), spliced in and out). Both parse every message
// with our FixParser first; the parse-only row is that common cost, subtracted to compare the books themselves.
// Two books: the corpus as generated (about 36 levels a side, updates spread over all of them), and the same stream
// on top of 900 resting levels a side far from the mid (a full-depth subscription, 264=0, which Kraken caps at
// 1000). Rates are per CPU second of this process (process.cpuUsage), steadier than wall time on a machine shared
// with other work. Prints figures; asserts nothing but equal books (docs/performance.md, "Market data").
//   node test/bench/book-bench.mjs [--quick] [--runs N] [--no-build]
// Imports what `tsc -p tsconfig.codec.json` emits (out/node); builds it first unless --no-build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function load(root) {
  const at = (p) => import(pathToFileURL(join(root, 'out/node/electron', p)).href);
  const [codec, dict, md, verify, frame] = await Promise.all([
    at('fix/codec/index.js'),
    at('fix/codec/dictionary/index.js'),
    at('marketdata/index.js'),
    at('marketdata/book-verify.js'),
    import(pathToFileURL(join(root, '../shared/bench/lib/frame.mjs')).href),
  ]);
  return { ...codec, ...dict, ...md, ...verify, frameMessages: frame.frameMessages };
}

function corpus(root) {
  const file = join(root, 'out/bench/x.fix');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const gen = join(root, '../shared/bench/corpus.mjs');
    const r = spawnSync(
      process.execPath,
      [gen, file, '--mode', 'x', '-n', '300000', '--stats', join(root, 'out/bench/x.json')],
      {
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error('could not generate the x corpus (../shared/bench/corpus.mjs)');
  }
  return readFileSync(file);
}

// ---- the reference book: what one writes first, and what ours must agree with

class RefBook {
  bids = [];
  asks = [];
  apply(action, isBid, price, qty) {
    const px = Number(price);
    const levels = isBid ? this.bids : this.asks;
    const i = levels.findIndex((l) => l.px === px);
    if (action === '2') {
      if (i >= 0) levels.splice(i, 1);
      return;
    }
    if (i >= 0) {
      levels[i].qty = qty;
      return;
    }
    let j = 0;
    while (j < levels.length && (isBid ? levels[j].px > px : levels[j].px < px)) j++;
    levels.splice(j, 0, { price, px, qty });
  }
}

function refApply(E, spec, msg, books) {
  const n = msg.group(spec);
  let applied = 0;
  for (let k = 0; k < n; k++) {
    let action, type, symbol, price, qty;
    for (let i = msg.groupStart(k), end = msg.groupLimit(k, n); i < end; i++) {
      const tag = msg.tagAt(i);
      if (tag === 279) action = msg.stringAt(i);
      else if (tag === 269) type = msg.stringAt(i);
      else if (tag === 55) symbol = msg.stringAt(i);
      else if (tag === 270) price = msg.stringAt(i);
      else if (tag === 271) qty = msg.stringAt(i);
    }
    if (type !== '0' && type !== '1') continue;
    books.get(symbol).apply(action, type === '0', price, qty);
    applied++;
  }
  return applied;
}

// ---- one timed pass of each kind over the framed corpus

/** Starting mid of each corpus symbol (../shared/bench/corpus.mjs): resting levels go far below and above it. */
const MIDS = {
  'BTC/USD': 43250.5,
  'ETH/USD': 2291.37,
  'SOL/USD': 98.412,
  'XRP/USD': 0.6123,
  'LTC/USD': 72.34,
  'ADA/USD': 0.5512,
  'DOGE/USD': 0.09123,
  'AVAX/USD': 35.127,
  'LINK/USD': 14.853,
};

function farPrice(symbol, k, bid) {
  const m = MIDS[symbol];
  return (bid ? m * 0.5 - k * m * 0.0001 : m * 1.5 + k * m * 0.0001).toFixed(6);
}

function pass(E, kind, buf, frames, count, deep) {
  const parser = new E.FixParser();
  const spec = E.fix44().groupSpec('X', 268);
  const reader = new E.MdReader();
  const ours = new Map();
  const ref = new Map();
  for (const symbol of Object.keys(MIDS)) {
    const book = new E.L2Book(symbol, { depth: 0 });
    ours.set(symbol, { book, trade() {} });
    const r = new RefBook();
    ref.set(symbol, r);
    for (let k = 0; k < deep; k++) {
      for (const bid of [true, false]) {
        const p = farPrice(symbol, k, bid);
        if (kind.startsWith('ours')) book.applyLevelText(0, bid, p, '1');
        else if (kind === 'ref') r.apply('0', bid, p, '1');
      }
    }
  }
  const resolve = (symbol) => ours.get(symbol);
  let updates = 0;
  let sink = 0;
  const c0 = process.cpuUsage();
  for (let m = 0; m < count; m++) {
    const msg = parser.parse(buf, frames.starts[m], frames.ends[m]);
    if (kind === 'parse') sink += msg.group(spec);
    else if (kind === 'ours' || kind === 'ours+crc') {
      updates += reader.readIncremental(msg, resolve, 0).levels;
      if (kind === 'ours+crc')
        for (let i = 0; i < reader.touchedCount; i++) sink += E.topChecksum(reader.touched[i].book);
    } else updates += refApply(E, spec, msg, ref);
  }
  const c = process.cpuUsage(c0);
  return { us: c.user + c.system, updates, sink, ours, ref };
}

function sameBooks(ours, ref) {
  for (const [symbol, r] of ref) {
    const top = ours.get(symbol)?.book.top(100000);
    const want = {
      bids: r.bids.map(({ price, qty }) => ({ price, qty })),
      asks: r.asks.map(({ price, qty }) => ({ price, qty })),
    };
    if (JSON.stringify(top) !== JSON.stringify(want)) throw new Error(`books differ for ${symbol}`);
  }
}

export async function runBookBench({ root = ROOT, runs = 5, quick = false, build = true } = {}) {
  if (build) {
    const r = spawnSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.codec.json'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error('tsc -p tsconfig.codec.json failed');
  }
  const E = await load(root);
  const buf = corpus(root);
  const frames = E.frameMessages(buf, quick ? 50_000 : 200_000);
  const count = frames.count;
  const results = [];
  for (const deep of [0, 900]) results.push(scenario(E, buf, frames, count, deep, runs));
  return results;
}

function scenario(E, buf, frames, count, deep, runs) {
  // Correctness, untimed: both books end equal level for level.
  const o = pass(E, 'ours', buf, frames, count, deep);
  sameBooks(o.ours, pass(E, 'ref', buf, frames, count, deep).ref);
  const sizes = [...o.ours.values()].map((t) => (t.book.bids.size + t.book.asks.size) / 2);
  const updates = o.updates;

  const kinds = ['parse', 'ours', 'ours+crc', 'ref'];
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  for (const k of kinds) pass(E, k, buf, frames, Math.min(count, 20_000), deep); // warm-up
  for (let run = 0; run < runs; run++) {
    // Rotate the order from run to run so no kind always runs on a warmer (or busier) machine.
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[(i + run) % kinds.length];
      times[k].push(pass(E, k, buf, frames, count, deep).us);
    }
  }
  const t = Object.fromEntries(kinds.map((k) => [k, median(times[k])]));
  const rate = (us) => ((updates / us) * 1e6) / 1e6;
  const bookOnly = (k) => t[k] - t.parse;
  const title = deep === 0 ? 'corpus books' : `corpus on ${deep} resting levels a side`;
  console.log(
    `\nBook building, ${title}: ${count} X messages, ${updates} level updates, 9 symbols, ` +
      `${Math.round(median(sizes))} levels a side at the end (median); median of ${runs} run(s), per CPU second`,
  );
  console.log(`  ${'parse only (FixParser + NoMDEntries located)'.padEnd(48)} ${rate(t.parse).toFixed(2)}M updates/s`);
  for (const [k, label] of [
    ['ours', 'ours: MdReader + L2Book'],
    ['ours+crc', 'ours + Kraken CRC32 of the top 10 per message'],
    ['ref', 'reference: sorted array, linear scan + splice'],
  ]) {
    console.log(
      `  ${label.padEnd(48)} ${rate(t[k]).toFixed(2)}M updates/s with parse, ${rate(bookOnly(k)).toFixed(2)}M/s book only`,
    );
  }
  const ratio = bookOnly('ref') / bookOnly('ours');
  const ratioAll = t.ref / t.ours;
  console.log(`  ours / reference: ${ratio.toFixed(2)}× book only, ${ratioAll.toFixed(2)}× with parse`);
  return { deep, count, updates, cpuUsPerRun: t, ratioBookOnly: ratio, ratioWithParse: ratioAll };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  await runBookBench({
    quick: args.includes('--quick'),
    runs: runsAt >= 0 ? Number(args[runsAt + 1]) : args.includes('--quick') ? 1 : 5,
    build: !args.includes('--no-build'),
  });
}
