// The session hot path: how much of the codec's speed a logged-on FIX session keeps, inbound (ExecutionReports
// through framing, sequence and header checks, the store's expected-number update, the log, and an application
// callback reading 5 fields) and outbound (send('D', …): number, SendingTime, encode, store append, transport write,
// log). Single process, in-memory transport, warm-up then the median of several passes; each case is divided by the
// codec alone on the same messages. Prints figures; asserts nothing (docs/performance.md, "Session hot path").
//   node test/bench/session-bench.mjs [--quick] [--runs N] [--json out.json] [--no-build]
//     [--direction in|out] [--only <case label substring>]   (e.g. for node --cpu-prof on one case)
// Imports the engine as built by `tsc -p tsconfig.codec.json` (out/node); builds it first unless --no-build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const US = 'CLIENT';
const THEM = 'KRAKEN-TRD';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A Transport that is always writable and hands the session whatever the bench delivers. */
class MemoryTransport {
  info = { remote: 'memory', host: 'memory', tls: false };
  isOpen = true;
  bytesWritten = 0;
  rx = [];
  down = [];
  write(buf) {
    this.bytesWritten += buf.length;
    return true;
  }
  close() {
    this.end('closed locally');
  }
  destroy() {
    this.end('destroyed');
  }
  on(event, fn) {
    if (event === 'rxData') this.rx.push(fn);
    if (event === 'disconnected') this.down.push(fn);
  }
  off(event, fn) {
    this.rx = this.rx.filter((f) => f !== fn);
    this.down = this.down.filter((f) => f !== fn);
  }
  deliver(chunk) {
    for (const fn of this.rx) fn(chunk);
  }
  end(reason) {
    if (!this.isOpen) return;
    this.isOpen = false;
    for (const fn of this.down.slice()) fn(reason);
  }
}

async function loadEngine() {
  const at = (p) => import(pathToFileURL(join(ROOT, 'out/node/electron/fix', p)).href);
  const [codec, session, memStore, fileStore, memLog, fileLog] = await Promise.all([
    at('codec/index.js'),
    at('session/index.js'),
    at('store/memory-store.js'),
    at('store/file-store.js'),
    at('log/memory-log.js'),
    at('log/file-log.js'),
  ]);
  return { ...codec, ...session, ...memStore, ...fileStore, ...memLog, ...fileLog };
}

/** Bodies (fields after the header, before 10=) of the first n ExecutionReports of the team's `er` corpus. */
function erBodies(E, n) {
  const file = join(ROOT, 'out/bench/er.fix');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const gen = join(ROOT, '../shared/bench/corpus.mjs');
    const r = spawnSync(process.execPath, [gen, file, '--mode', 'er', '-n', '300000'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not generate the er corpus (../shared/bench/corpus.mjs)');
  }
  const bodies = [];
  const parser = new E.FixParser();
  const framer = new E.FixFramer({
    onFrame: (buf, s, e) => {
      if (bodies.length >= n) return;
      const m = parser.parse(buf, s, e);
      if (m === null) throw new Error(`corpus message does not parse: ${parser.detail}`);
      const { start, end } = E.bodyBytes(m);
      bodies.push(Buffer.from(m.buf.subarray(start, end)));
    },
    onGarbled: (reason) => {
      throw new Error(`corpus garbled: ${reason}`);
    },
  });
  const data = readFileSync(file);
  for (let p = 0; p < data.length && bodies.length < n; p += 1 << 20) framer.push(data.subarray(p, p + (1 << 20)));
  return bodies;
}

/** The venue's ERs re-stamped for our session: its CompIDs, MsgSeqNum from `firstSeq`, SendingTime now; cut into
 * 64 KiB chunks as a socket would deliver them. */
function inboundStream(E, bodies, count, firstSeq) {
  const enc = new E.FixEncoder('FIX.4.4', 1 << 16);
  const parts = [];
  const stamp = E.formatUtcTimestamp(Date.now());
  for (let i = 0; i < count; i++) {
    enc
      .begin('8')
      .str(49, THEM)
      .str(56, US)
      .int(34, firstSeq + i)
      .str(52, stamp);
    enc.bytes(bodies[i % bodies.length]);
    parts.push(Buffer.from(enc.finish()));
  }
  const all = Buffer.concat(parts);
  const chunks = [];
  for (let p = 0; p < all.length; p += 65536) chunks.push(all.subarray(p, p + 65536));
  return chunks;
}

function peerLogon(E) {
  const enc = new E.FixEncoder('FIX.4.4');
  enc.begin('A').str(49, THEM).str(56, US).int(34, 1).str(52, E.formatUtcTimestamp(Date.now()));
  return Buffer.from(enc.int(98, 0).int(108, 30).finish());
}

// The application reads what an order manager needs from an ER: ClOrdID, ExecType, OrdStatus, LastQty, LastPx.
let sink = 0;
function readEr(m) {
  const clOrdId = m.getString(11);
  const execType = m.internAt(m.indexOf(150));
  const ordStatus = m.internAt(m.indexOf(39));
  sink += clOrdId.length + execType.length + ordStatus.length + m.getNumber(32) + m.getNumber(31);
}

/** NewOrderSingle bodies: one writer for every send, reading the order from module state (no closure per send). */
const SYMBOLS = ['XBT/USD', 'ETH/USD', 'SOL/USD', 'ADA/USD', 'LINK/USD'];
const order = { i: 0, ids: [], transactTime: '' };
function writeNos(enc) {
  const i = order.i;
  enc
    .str(11, order.ids[i % order.ids.length])
    .str(21, '1')
    .str(55, SYMBOLS[i % 5])
    .str(54, i & 1 ? '2' : '1');
  enc
    .str(60, order.transactTime)
    .num(38, 0.25 + (i % 40) / 8)
    .str(40, '2')
    .num(44, 41000.5 + (i % 100))
    .str(59, '1');
}

/** One configuration of store and log, built fresh for every pass. */
function makeCase(store, log, extra) {
  const what = extra === 'validated' ? ', dictionary validation' : extra === 'listeners' ? ', UI listeners' : '';
  return {
    store,
    log,
    validated: extra === 'validated',
    listeners: extra === 'listeners',
    label: `${store} store, log ${log}${what}`,
  };
}

function openResources(E, c, dir) {
  const identity = { beginString: 'FIX.4.4', senderCompId: US, targetCompId: THEM };
  const store =
    c.store === 'memory'
      ? new E.MemoryMessageStore()
      : new E.FileMessageStore({ dir, session: identity, fsync: c.store.replace('file/', '') });
  const log =
    c.log === 'off'
      ? undefined
      : c.log === 'memory'
        ? new E.MemorySessionLog()
        : new E.FileSessionLog({ dir, session: identity });
  return { store, log };
}

/** A logged-on initiator session over a MemoryTransport; returns it with its transport and a closer. */
function loggedOn(E, c, dir, application) {
  const { store, log } = openResources(E, c, dir);
  const session = new E.Session({
    role: 'initiator',
    senderCompId: US,
    targetCompId: THEM,
    heartBtIntSec: 30,
    store,
    log,
    application,
    ...(c.validated ? { validator: E.dictionaryValidator() } : {}),
  });
  if (c.listeners) {
    // What a message inspector and a status line subscribe to: every message (a masked copy) and both numbers.
    session.on('message', (m) => (sink += m.raw.length));
    session.on('seqNums', (e) => (sink += e.nextTargetSeq));
  }
  const transport = new MemoryTransport();
  session.connected(transport);
  transport.deliver(peerLogon(E));
  if (session.state !== 'Active') throw new Error(`bench session did not log on: ${session.state}`);
  const close = async () => {
    session.close();
    store.close();
    log?.close();
    if (log?.whenClosed) await log.whenClosed();
  };
  return { session, transport, log, close };
}

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function inboundPass(E, c, bodies, count) {
  const dir = mkdtempSync(join(tmpdir(), 'session-bench-'));
  try {
    let received = 0;
    const app = {
      onAppMessage: (m) => {
        readEr(m);
        received++;
      },
    };
    const s = loggedOn(E, c, dir, app);
    const chunks = inboundStream(E, bodies, count, 2);
    // The file log writes through a stream: its flush at close is part of the cost.
    const seconds = await timed(async () => {
      for (const chunk of chunks) s.transport.deliver(chunk);
      if (c.log === 'file') await s.close();
    });
    if (c.log !== 'file') await s.close();
    if (received !== count) throw new Error(`${c.label}: application saw ${received} of ${count} messages`);
    return count / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function outboundPass(E, c, count) {
  const dir = mkdtempSync(join(tmpdir(), 'session-bench-'));
  try {
    const s = loggedOn(E, c, dir, { onAppMessage: () => undefined });
    const before = s.session.nextSenderSeq;
    const seconds = await timed(async () => {
      for (let i = 0; i < count; i++) {
        order.i = i;
        s.session.send('D', writeNos);
      }
      if (c.log === 'file') await s.close();
    });
    if (c.log !== 'file') await s.close();
    if (s.session.nextSenderSeq !== before + count) throw new Error(`${c.label}: not every order was sent`);
    return count / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The codec alone on the same messages: frame + parse (BodyLength and CheckSum verified) + the same 5 reads. */
function codecInboundPass(E, bodies, count) {
  const chunks = inboundStream(E, bodies, count, 2);
  const parser = new E.FixParser();
  let n = 0;
  const framer = new E.FixFramer({
    onFrame: (buf, s, e) => {
      readEr(parser.parse(buf, s, e));
      n++;
    },
    onGarbled: () => undefined,
  });
  const t0 = process.hrtime.bigint();
  for (const chunk of chunks) framer.push(chunk);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (n !== count) throw new Error('codec pass lost messages');
  return count / seconds;
}

/** The codec alone: header as the session stamps it (49, 56, 34, 52) + the same NewOrderSingle body, finished. */
function codecOutboundPass(E, count) {
  const enc = new E.FixEncoder('FIX.4.4');
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    order.i = i;
    enc
      .begin('D')
      .str(49, US)
      .str(56, THEM)
      .int(34, i + 2)
      .str(52, E.formatUtcTimestamp(Date.now()));
    writeNos(enc);
    bytes += enc.finish().length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (bytes === 0) throw new Error('codec pass wrote nothing');
  return count / seconds;
}

async function measure(label, runs, pass) {
  await pass(); // warm-up
  const rates = [];
  for (let r = 0; r < runs; r++) rates.push(await pass());
  return { label, rate: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

function print(title, base, rows) {
  console.log(`\n  ${title}`);
  for (const row of [base, ...rows]) {
    const k = (row.rate / 1000).toFixed(0).padStart(6);
    const spread = `[${(row.min / 1000).toFixed(0)}–${(row.max / 1000).toFixed(0)}k]`;
    console.log(`    ${row.label.padEnd(52)} ${k}k msg/s ${spread.padEnd(14)} ${(row.rate / base.rate).toFixed(3)}`);
  }
}

export async function runSessionBench({ runs = 5, quick = false, json, only, direction } = {}) {
  const E = await loadEngine();
  const n = quick ? 20_000 : 100_000;
  const nSync = quick ? 500 : 3000; // fsync 'always' syncs per message: a fraction of the count is enough
  const bodies = erBodies(E, 20_000);
  for (let i = 0; i < 20_000; i++) order.ids.push(`CL-${(1_000_000 + i).toString(36)}-${i}`);
  order.transactTime = E.formatUtcTimestamp(Date.now());
  const cases = [
    makeCase('memory', 'off'),
    makeCase('memory', 'memory'),
    makeCase('memory', 'file'),
    makeCase('file/never', 'off'),
    makeCase('file/interval', 'off'),
    makeCase('file/always', 'off'),
    makeCase('file/interval', 'file'),
    makeCase('memory', 'off', 'validated'),
    makeCase('memory', 'off', 'listeners'),
  ].filter((c) => only === undefined || c.label.includes(only));
  const results = {};
  const count = (c) => (c.store === 'file/always' ? nSync : n);
  console.log(
    `Session hot path: ${runs} pass(es) after a warm-up, ${n} messages per pass (${nSync} with fsync always)`,
  );
  if (direction !== 'out') {
    const inBase = await measure('codec only: frame + parse + read 5 fields', runs, () =>
      codecInboundPass(E, bodies, n),
    );
    const inRows = [];
    for (const c of cases) inRows.push(await measure(c.label, runs, () => inboundPass(E, c, bodies, count(c))));
    print('inbound ExecutionReports (~24 fields), application reads 5 fields; ratio = ÷ codec only', inBase, inRows);
    results.inBase = inBase;
    results.inRows = inRows;
  }
  if (direction !== 'in') {
    const outBase = await measure('codec only: encode header + NewOrderSingle', runs, () => codecOutboundPass(E, n));
    const outRows = [];
    // Dictionary validation is inbound only: the outbound rows leave that case out.
    for (const c of cases.filter((x) => !x.validated))
      outRows.push(await measure(c.label, runs, () => outboundPass(E, c, count(c))));
    print("outbound send('D', …) NewOrderSingle; ratio = ÷ codec only", outBase, outRows);
    results.outBase = outBase;
    results.outRows = outRows;
  }
  if (sink === 42) console.log('');
  if (json) writeFileSync(json, JSON.stringify({ at: new Date().toISOString(), runs, n, nSync, ...results }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!args.includes('--no-build')) {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.codec.json'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(1);
  }
  const quick = args.includes('--quick');
  await runSessionBench({
    runs: Number(opt('--runs') ?? (quick ? 1 : 5)),
    quick,
    json: opt('--json'),
    only: opt('--only'),
    direction: opt('--direction'),
  });
}
