// Soak of the embedded exchange (`npm run soak`, or `npx tsx test/bench/sim-soak.ts --minutes 10`): the exchange
// in this process over TLS with its synthetic market at a high rate, our initiator on the market-data session with
// the workstation's MarketDataClient subscribed to every pair (a book per pair, every 5041 checked), and a second
// initiator on the trading session placing and cancelling an order now and then. Every 10 s it samples RSS, heap
// and throughput; at the end it prints a table and a verdict: sequence errors (any Reject, ResendRequest, gap,
// garbled message, checksum mismatch, unexpected disconnect) and the growth of RSS from the 2nd minute to the end.
// A benchmark script: it prints figures, it asserts nothing about speed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Session, SessionState } from '../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import { Connector } from '../../electron/fix/transport/connector.js';
import { MarketDataClient } from '../../electron/marketdata/index.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import { krakenLogonHook } from '../../electron/venue/kraken/logon-fields.js';
import { SimClient } from '../unit/sim-support/sim-client.js';

interface Args {
  minutes: number;
  rate: number;
  sampleSeconds: number;
  seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { minutes: 10, rate: 50_000, sampleSeconds: 10, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    const value = Number(argv[++i]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
    if (name === '--minutes') a.minutes = value;
    else if (name === '--rate') a.rate = value;
    else if (name === '--sample-seconds') a.sampleSeconds = value;
    else if (name === '--seed') a.seed = Math.floor(value);
    else throw new Error(`unknown option ${name} (--minutes N, --rate R, --sample-seconds S, --seed S)`);
  }
  return a;
}

/** Session event texts that mean the numbering was disturbed somewhere (ours or the exchange's doing). */
const SEQUENCE_TROUBLE =
  /ResendRequest|SequenceReset|MsgSeqNum too|Garbled|Duplicate MsgSeqNum|Inbound queue full|Resending|Resend complete/;

interface Trouble {
  rejects: number;
  resends: number;
  garbled: number;
  mismatches: number;
  disconnects: number;
  lines: string[];
}

function watch(name: string, s: Session, t: Trouble, stopping: () => boolean): void {
  const note = (line: string): void => {
    if (t.lines.length < 50) t.lines.push(`${name}: ${line}`);
  };
  s.on('reject', (r) => {
    t.rejects++;
    note(`reject ${r.direction} ${r.kind} ref ${r.refMsgType ?? '?'}/${r.refSeq} ${r.reason ?? ''} ${r.text ?? ''}`);
  });
  s.on('garbled', (g) => {
    t.garbled++;
    note(`garbled: ${g.reason}`);
  });
  s.on('event', (e) => {
    if (!SEQUENCE_TROUBLE.test(e.text)) return;
    if (/ResendRequest|MsgSeqNum too/.test(e.text)) t.resends++;
    note(e.text);
  });
  s.on('state', (c) => {
    if (c.to === SessionState.Disconnected && !stopping()) {
      t.disconnects++;
      note(`disconnected: ${c.reason}`);
    }
  });
}

async function connectMarketData(ex: RunningExchange, ca: string, t: Trouble, stopping: () => boolean) {
  const hook = krakenLogonHook({ session: 'market-data' });
  const app: { client?: MarketDataClient } = {};
  const session = new Session({
    role: 'initiator',
    senderCompId: 'SOAK-MD',
    targetCompId: 'KRAKEN-MD',
    store: new MemoryMessageStore(),
    resetOnLogon: true,
    heartBtIntSec: 30,
    logonHook: {
      decorateLogon: (enc, ctx) =>
        hook(enc, { msgSeqNum: ctx.seq, senderCompId: ctx.senderCompId, targetCompId: ctx.targetCompId }),
    },
    application: {
      onAppMessage: (msg) => app.client!.onAppMessage(msg),
      onLogon: () => app.client!.onLogon(),
      onLogout: () => app.client!.onLogout(),
    },
  });
  const client = new MarketDataClient({
    send: (msgType, write) => session.send(msgType, write),
    notice: (n) => {
      if (n.level !== 'info' || /resynchron/i.test(n.text)) t.lines.push(`md notice: ${n.text}`);
    },
  });
  app.client = client;
  for (const i of ex.instruments) client.subscribe({ symbol: i.symbol, depth: 100 });
  watch('md', session, t, stopping);
  const transport = await new Connector({ host: '127.0.0.1', port: ex.mdPort, tls: { ca } }).connect();
  session.connecting();
  session.connected(transport);
  return { session, client };
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);
const clock = (seconds: number): string => {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function median(values: readonly number[]): number {
  const v = [...values].sort((x, y) => x - y);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

interface Sample {
  at: number;
  rss: number;
  heap: number;
  updatesPerSec: number;
  mdPerSec: number;
  messages: number;
  checksums: number;
  lagP99: number;
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const certDir = path.join(os.tmpdir(), 'sim-soak-certs');
  const serverLines: string[] = [];
  const ex = await startExchange({
    port: 0,
    mdPort: 0,
    certDir,
    rate: a.rate,
    seed: a.seed,
    onLog: (l) => {
      // Logons and orderly logouts are expected; anything else from the exchange is worth reading.
      if (!/-> (AwaitingLogon|Active)|AwaitingLogon|Disconnected -> |logout|Logout/.test(l) && serverLines.length < 50)
        serverLines.push(l);
    },
  });
  const ca = fs.readFileSync(ex.certPath!, 'utf8');
  let stopping = false;
  const trouble: Trouble = { rejects: 0, resends: 0, garbled: 0, mismatches: 0, disconnects: 0, lines: [] };
  const md = await connectMarketData(ex, ca, trouble, () => stopping);

  let reports = 0;
  const trader = new SimClient({ ex, ca, compId: 'SOAK-TRD', side: 'trading', keep: false, onApp: () => reports++ });
  watch('trading', trader.session, trouble, () => stopping);
  await trader.connect();
  let placed = 0;
  let open: { id: string; symbol: string } | null = null;
  const tradeTimer = setInterval(() => {
    if (trader.session.state !== SessionState.Active) return;
    if (open !== null) {
      trader.send('F', [
        [11, String(++placed + 1_000_000)],
        [41, open.id],
        [55, open.symbol],
        [54, '1'],
      ]);
      open = null;
      return;
    }
    const i = ex.instruments[placed % ex.instruments.length]!;
    const book = ex.engine.topOfBook(i.symbol);
    const bid = book?.bid?.price;
    if (bid === undefined) return;
    // Well below the best bid, so it rests until we cancel it; at least the cost minimum.
    const price = (Number(bid) * 0.9).toFixed(i.priceDecimals);
    const qty = Math.max(Number(i.qtyMin), (Number(i.costMin) * 2) / Number(price)).toFixed(i.lotDecimals);
    const id = String(++placed + 1_000_000);
    trader.send('D', [
      [11, id],
      [55, i.symbol],
      [54, '1'],
      [38, qty],
      [40, '2'],
      [44, price],
    ]);
    open = { id, symbol: i.symbol };
  }, 1000);

  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const samples: Sample[] = [];
  const start = Date.now();
  let lastCommands = ex.market?.commandsIssued ?? 0;
  let lastMessages = md.client.stats.messages;
  let lastAt = start;
  const durationMs = a.minutes * 60_000;
  process.stdout.write(
    `sim soak: ${a.minutes} min, target ${a.rate} book updates/s, ${ex.instruments.length} pairs, TLS, ` +
      `node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
  );
  await new Promise<void>((resolve) => {
    const sampler = setInterval(() => {
      const now = Date.now();
      const mem = process.memoryUsage();
      const commands = ex.market?.commandsIssued ?? 0;
      const messages = md.client.stats.messages;
      const secs = (now - lastAt) / 1000;
      const s: Sample = {
        at: (now - start) / 1000,
        rss: mem.rss,
        heap: mem.heapUsed,
        updatesPerSec: (commands - lastCommands) / secs,
        mdPerSec: (messages - lastMessages) / secs,
        messages,
        checksums: md.client.stats.checksumsOk,
        lagP99: lag.percentile(99) / 1e6,
      };
      lag.reset();
      samples.push(s);
      lastCommands = commands;
      lastMessages = messages;
      lastAt = now;
      process.stdout.write(
        `  ${clock(s.at)}  rss ${mb(s.rss)} MB  heap ${mb(s.heap)} MB  ${Math.round(s.updatesPerSec)} updates/s  ` +
          `${Math.round(s.mdPerSec)} md msg/s  loop p99 ${s.lagP99.toFixed(0)} ms\n`,
      );
      if (now - start >= durationMs) {
        clearInterval(sampler);
        resolve();
      }
    }, a.sampleSeconds * 1000);
  });

  stopping = true;
  clearInterval(tradeTimer);
  ex.market?.stop();
  trouble.mismatches = md.client.stats.checksumMismatches;
  const stats = { ...md.client.stats };
  await trader.logout().catch(() => undefined);
  md.session.logout('soak done');
  await ex.close();
  lag.disable();
  report(a, samples, stats, trouble, serverLines, { placed, reports });
  process.exit(0);
}

function report(
  a: Args,
  samples: readonly Sample[],
  stats: MarketDataClient['stats'],
  t: Trouble,
  serverLines: readonly string[],
  trading: { placed: number; reports: number },
): void {
  const out = (line = ''): void => void process.stdout.write(`${line}\n`);
  out();
  out('| time | RSS MB | heap MB | updates/s | MD msg/s | MD messages | checksums OK | loop p99 ms |');
  out('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of samples) {
    out(
      `| ${clock(s.at)} | ${mb(s.rss)} | ${mb(s.heap)} | ${Math.round(s.updatesPerSec)} | ${Math.round(s.mdPerSec)} | ` +
        `${s.messages} | ${s.checksums} | ${s.lagP99.toFixed(0)} |`,
    );
  }
  const from = Math.min(120, (a.minutes * 60) / 5);
  const base = samples.find((s) => s.at >= from) ?? samples[0]!;
  const last = samples.at(-1)!;
  const afterBase = samples.filter((s) => s.at >= base.at);
  const mean = afterBase.reduce((sum, s) => sum + s.updatesPerSec, 0) / afterBase.length;
  const growth = last.rss - base.rss;
  const minutes = (last.at - base.at) / 60;
  // Single samples swing with the garbage collector; the verdict compares the median of the minute after the base
  // with the median of the last minute.
  const window = Math.min(60, (last.at - base.at) / 2);
  const early = median(afterBase.filter((s) => s.at < base.at + window).map((s) => s.rss));
  const late = median(afterBase.filter((s) => s.at > last.at - window).map((s) => s.rss));
  const medianGrowth = late - early;
  const errors = t.rejects + t.resends + t.garbled + t.mismatches + t.disconnects;
  out();
  out(`sustained: ${Math.round(mean)} book updates/s (target ${a.rate}) from ${clock(base.at)} to the end`);
  out(
    `market data: ${stats.messages} messages, ${stats.checksumsOk} checksums verified, ${stats.checksumMismatches} ` +
      `mismatches, ${stats.snapshots} snapshots, ${stats.rejects} rejects`,
  );
  out(`trading: ${trading.placed} orders and cancels sent, ${trading.reports} reports received`);
  out(
    `sequence errors: ${errors} (rejects ${t.rejects}, resend requests/gaps ${t.resends}, garbled ${t.garbled}, ` +
      `checksum mismatches ${t.mismatches}, unexpected disconnects ${t.disconnects})`,
  );
  for (const line of t.lines) out(`  ${line}`);
  if (serverLines.length > 0) out(`exchange log lines of note:\n  ${serverLines.join('\n  ')}`);
  const heapGrowth = last.heap - base.heap;
  out(
    `RSS ${mb(base.rss)} MB at ${clock(base.at)} -> ${mb(last.rss)} MB at ${clock(last.at)}: ` +
      `${growth >= 0 ? '+' : ''}${mb(growth)} MB (${((growth / base.rss) * 100).toFixed(1)}%, ` +
      `${minutes > 0 ? mb(growth / minutes) : '0'} MB/min); heap ${heapGrowth >= 0 ? '+' : ''}${mb(heapGrowth)} MB`,
  );
  out(
    `median RSS over ${Math.round(window)} s: ${mb(early)} MB from ${clock(base.at)}, ${mb(late)} MB up to ` +
      `${clock(last.at)}: ${medianGrowth >= 0 ? '+' : ''}${mb(medianGrowth)} MB`,
  );
  const bounded = medianGrowth < Math.max(25 * 2 ** 20, early * 0.1);
  out(
    `verdict: ${errors === 0 ? 'no sequence error' : `${errors} SEQUENCE ERRORS`}; memory ` +
      `${bounded ? 'bounded' : 'GROWING'} (median RSS growth after ${clock(base.at)} under max(25 MB, 10%): ` +
      `${bounded ? 'yes' : 'no'})`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`sim soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
