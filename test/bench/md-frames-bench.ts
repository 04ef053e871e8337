// Market data end to end, in one process: the embedded exchange (startExchange, plain TCP on loopback) with its
// synthetic market at 50,000 book commands a second over every pair, our initiator Session on its market-data
// port with the MarketDataClient as application, subscribed to every symbol, and the FrameCoalescer flushed every
// 16 ms as the workstation core does. Prints what would cross IPC: frames a second and bytes a frame
// (JSON.stringify length, p50 / p95 / max), and what the client applied: level updates, trades and checksums a
// second. Prints figures; asserts nothing (docs/performance.md, "Market data").
//   npx tsx test/bench/md-frames-bench.ts [--quick] [--seconds N] [--rate N] [--depth N]
import { MarketDataClient, FrameCoalescer } from '../../electron/marketdata/index.js';
import { Session, SessionState } from '../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import { Connector } from '../../electron/fix/transport/connector.js';
import { startExchange } from '../../electron/sim/exchange.js';
import { FixEncoder } from '../../electron/fix/codec/encoder.js';
import type { FixMessage } from '../../electron/fix/codec/fix-message.js';
import { FixParser } from '../../electron/fix/codec/parser.js';
import type { SessionHandle } from '../../electron/fix/session/index.js';
import { MarketDataHub } from '../../electron/sim/market-data/index.js';
import { ManualMarketTimers, SyntheticMarket } from '../../electron/sim/market/index.js';
import { MatchingEngine } from '../../electron/sim/matching/index.js';

export interface MdFramesBenchOptions {
  /** Measured seconds after a 2 s warm-up (default 10; quick 3). */
  seconds?: number;
  /** Synthetic market commands a second (default 50,000). */
  rate?: number;
  /** Subscribed depth per symbol (default 25). */
  depth?: number;
  quick?: boolean;
}

export interface MdFramesBenchResult {
  symbols: number;
  seconds: number;
  /** Engine commands the synthetic market actually issued a second. */
  commandsPerSec: number;
  framesPerSec: number;
  bytesP50: number;
  bytesP95: number;
  bytesMax: number;
  updatesPerSec: number;
  tradesPerSec: number;
  messagesPerSec: number;
  checksumsOkPerSec: number;
  checksumMismatches: number;
  flushIntervalP95Ms: number;
  cpuPercent: number;
  /** Time inside MarketDataClient.onAppMessage per message, and inside flush per flush (µs). */
  clientUsPerMessage: number;
  flushUsPerCall: number;
  /** Share of the measured wall time spent in the client and the coalescer. */
  clientPercent: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runMdFramesBench(o: MdFramesBenchOptions = {}): Promise<MdFramesBenchResult> {
  const seconds = o.seconds ?? (o.quick ? 3 : 10);
  const rate = o.rate ?? 50_000;
  const depth = o.depth ?? 25;
  const ex = await startExchange({ port: 0, mdPort: 0, auth: 'none', rate, seed: 3 });
  const symbols = ex.instruments.map((i) => i.symbol);
  // Count what the synthetic market really issues: on a busy machine its timer ticks come late and it falls short.
  let commands = 0;
  const handle = ex.engine.handle.bind(ex.engine);
  ex.engine.handle = (cmd): void => {
    commands++;
    handle(cmd);
  };
  const session: Session = new Session({
    role: 'initiator',
    senderCompId: 'BENCH',
    targetCompId: 'KRAKEN-MD',
    store: new MemoryMessageStore(),
    resetOnLogon: true,
    heartBtIntSec: 30,
    application: {
      onAppMessage: (msg) => {
        const t = performance.now();
        const r = client.onAppMessage(msg);
        if (measuring) clientMs += performance.now() - t;
        return r;
      },
      onLogon: () => client.onLogon(),
      onLogout: () => client.onLogout(),
    },
  });
  const client = new MarketDataClient({ send: (t, w) => session.send(t, w) });
  for (const symbol of symbols) client.subscribe({ symbol, depth });
  const frames = new FrameCoalescer(client);

  const sizes: number[] = [];
  const gaps: number[] = [];
  let clientMs = 0;
  let flushMs = 0;
  let measuring = false;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    const frame = frames.flush(Date.now());
    if (!measuring) return void (last = now);
    flushMs += performance.now() - now;
    gaps.push(now - last);
    last = now;
    if (frame !== null) sizes.push(JSON.stringify(frame).length);
  }, 16);

  const transport = await new Connector({ host: '127.0.0.1', port: ex.mdPort, tls: { enabled: false } }).connect();
  session.connecting();
  session.connected(transport);
  for (let i = 0; i < 100 && session.state !== SessionState.Active; i++) await sleep(50);
  if (session.state !== SessionState.Active) throw new Error(`market-data session did not log on (${session.state})`);

  await sleep(2000);
  const s0 = { ...client.stats };
  const commands0 = commands;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  measuring = true;
  await sleep(seconds * 1000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const s1 = { ...client.stats };
  const commandsPerSec = (commands - commands0) / elapsed;

  clearInterval(timer);
  session.logout('bench done');
  await sleep(200);
  transport.destroy();
  await ex.close();

  sizes.sort((a, b) => a - b);
  gaps.sort((a, b) => a - b);
  const per = (k: keyof typeof s0): number => (s1[k] - s0[k]) / elapsed;
  return {
    symbols: symbols.length,
    seconds: elapsed,
    commandsPerSec,
    framesPerSec: sizes.length / elapsed,
    bytesP50: quantile(sizes, 0.5),
    bytesP95: quantile(sizes, 0.95),
    bytesMax: sizes[sizes.length - 1] ?? Number.NaN,
    updatesPerSec: per('levels'),
    tradesPerSec: per('trades'),
    messagesPerSec: per('messages'),
    checksumsOkPerSec: per('checksumsOk'),
    checksumMismatches: s1.checksumMismatches - s0.checksumMismatches,
    flushIntervalP95Ms: quantile(gaps, 0.95),
    cpuPercent: ((cpu.user + cpu.system) / 1000 / (elapsed * 1000)) * 100,
    clientUsPerMessage: (clientMs * 1000) / Math.max(1, s1.messages - s0.messages),
    flushUsPerCall: (flushMs * 1000) / Math.max(1, gaps.length),
    clientPercent: ((clientMs + flushMs) / (elapsed * 1000)) * 100,
  };
}

export function printMdFramesBench(r: MdFramesBenchResult, o: MdFramesBenchOptions = {}): void {
  const k = (n: number): string => `${(n / 1000).toFixed(1)}k`;
  console.log(
    `\nMarket data to frames: simulator at ${k(o.rate ?? 50_000)} commands/s over ${r.symbols} pairs, depth ${o.depth ?? 25}, ` +
      `one process, ${r.seconds.toFixed(1)} s measured`,
  );
  console.log(`  simulator issued    ${k(r.commandsPerSec)} commands/s of the ${k(o.rate ?? 50_000)} asked`);
  console.log(
    `  client applied      ${k(r.updatesPerSec)} level updates/s, ${k(r.tradesPerSec)} trades/s from ${k(r.messagesPerSec)} messages/s`,
  );
  console.log(`  checksums           ${k(r.checksumsOkPerSec)} verified/s, ${r.checksumMismatches} mismatches`);
  console.log(
    `  IPC frames          ${r.framesPerSec.toFixed(1)} frames/s (flush every 16 ms; p95 interval ${r.flushIntervalP95Ms.toFixed(1)} ms)`,
  );
  console.log(`  bytes per frame     p50 ${r.bytesP50}, p95 ${r.bytesP95}, max ${r.bytesMax} (JSON.stringify length)`);
  console.log(
    `  process CPU         ${r.cpuPercent.toFixed(0)} % of one core (exchange, both sessions, client and coalescer)`,
  );
  console.log(
    `  of which ours       ${r.clientPercent.toFixed(1)} % of wall time: ${r.clientUsPerMessage.toFixed(1)} µs per message in the client, ` +
      `${r.flushUsPerCall.toFixed(0)} µs per flush`,
  );
}

export interface ClientReplayResult {
  messages: number;
  levelsPerMessage: number;
  tradesPerMessage: number;
  /** CPU µs per message inside MarketDataClient.onAppMessage (parse excluded), checksum verified on each. */
  clientUsPerMessage: number;
  /** CPU µs per FrameCoalescer.flush() with every symbol changed. */
  flushUs: number;
  checksumMismatches: number;
}

/**
 * The client alone, away from sockets and timers: the simulator's engine and MarketDataHub in-process driven tick by
 * tick (as at 50k commands/s, 20 ms ticks), every message encoded and parsed, then handed to the client with only
 * the client's CPU time counted. Steady whatever else the machine runs.
 */
export function runClientReplay(ticks = 500, depth = 25): ClientReplayResult {
  const route: { hub?: MarketDataHub } = {};
  const engine = new MatchingEngine({ onEvent: () => {}, onMarketData: (e) => route.hub?.onMarketData(e) });
  const hub = new MarketDataHub(engine);
  route.hub = hub;
  const queue: FixMessage[] = [];
  const parser = new FixParser();
  const encoder = new FixEncoder();
  const wire = (msgType: string, write: (enc: FixEncoder) => void): FixMessage => {
    encoder.begin(msgType);
    write(encoder);
    const bytes = encoder.finish();
    return parser.parse(bytes, 0, bytes.length)!.detach();
  };
  const server: SessionHandle = {
    senderCompId: 'KRAKEN-MD',
    targetCompId: 'BENCH',
    send: (t, w) => queue.push(wire(t, w)),
    logout: () => {},
  };
  const app = hub.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-MD', targetCompId: 'BENCH' });
  app.onLogon?.(server);
  const client = new MarketDataClient({
    send: (t, w) => {
      app.onAppMessage(wire(t, w), { session: server, seq: 1, possDup: false, possResend: false });
      return 1;
    },
  });
  const frames = new FrameCoalescer(client);
  const timers = new ManualMarketTimers();
  const market = new SyntheticMarket(engine, { seed: 7, rate: 50_000, timers });
  market.start();
  timers.fire(20);
  client.onLogon();
  for (const i of engine.instruments()) client.subscribe({ symbol: i.symbol, depth });
  const deliver = (): number => {
    const batch = queue.splice(0);
    const c0 = process.cpuUsage();
    for (const m of batch) client.onAppMessage(m);
    const c = process.cpuUsage(c0);
    return c.user + c.system;
  };
  deliver();
  frames.flush();
  const s0 = { ...client.stats };
  let clientUs = 0;
  let flushUs = 0;
  for (let t = 0; t < ticks; t++) {
    timers.fire(1);
    clientUs += deliver();
    const f0 = process.cpuUsage();
    frames.flush();
    const f = process.cpuUsage(f0);
    flushUs += f.user + f.system;
  }
  market.stop();
  const n = client.stats.messages - s0.messages;
  return {
    messages: n,
    levelsPerMessage: (client.stats.levels - s0.levels) / n,
    tradesPerMessage: (client.stats.trades - s0.trades) / n,
    clientUsPerMessage: clientUs / n,
    flushUs: flushUs / ticks,
    checksumMismatches: client.stats.checksumMismatches,
  };
}

export function printClientReplay(r: ClientReplayResult): void {
  console.log(`\nMarket data client alone (simulator in-process, tick by tick, CPU time of the client only)`);
  console.log(
    `  ${r.messages} messages (${r.levelsPerMessage.toFixed(2)} level updates, ${r.tradesPerMessage.toFixed(2)} trades each): ` +
      `${r.clientUsPerMessage.toFixed(2)} µs per message, checksum verified on each, ${r.checksumMismatches} mismatches`,
  );
  console.log(`  flush with every book changed: ${r.flushUs.toFixed(0)} µs`);
}

const invoked =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (invoked) {
  const args = process.argv.slice(2);
  const num = (flag: string): number | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : undefined;
  };
  const options: MdFramesBenchOptions = { quick: args.includes('--quick') };
  const seconds = num('--seconds');
  const rate = num('--rate');
  const depth = num('--depth');
  if (seconds !== undefined) options.seconds = seconds;
  if (rate !== undefined) options.rate = rate;
  if (depth !== undefined) options.depth = depth;
  printMdFramesBench(await runMdFramesBench(options), options);
  // The tick count is not measured time: a quick run just takes fewer.
  printClientReplay(runClientReplay(options.quick ? 100 : 500, options.depth ?? 25));
}
