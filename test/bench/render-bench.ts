// Rendering benchmark: how smoothly the real renderer draws while the market and the blotters are busy.
//   npx tsx test/bench/render-bench.ts [--seconds 20] [--rate 50000] [--actions 1000] [--no-baseline] [--no-build]
//                                      [--profile]
// Forks render-bench-host.ts (the real core, its embedded exchange at --rate book commands a second, the web host,
// an order loop of --actions place/amend/cancel commands a second on demo-trading), opens the workstation in
// Chromium (playwright-core, Debian's /usr/bin/chromium, the e2e flags) with ladder, depth, chart, time and sales
// and the working-orders blotter on screen, and records every animation frame's interval (requestAnimationFrame)
// and every long task (PerformanceObserver) for --seconds. First a baseline at a calm market with no order loop,
// then the loaded run. Prints p50/p95/p99 frame time, the share of dropped frames, and what really reached the page
// (md:frame and orders:changed socket frames counted as the page received them). Screenshots of the loaded
// workstation in both themes go to out/screenshots. Prints figures; asserts nothing.
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { hotSpots, type CpuProfile, type HotSpot } from './cpu-profile-summary.js';
import { descendantCpuSeconds } from './process-cpu.js';
import type { HostMessage, HostSample, ParentMessage } from './render-bench-host.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_DIR = path.join(ROOT, 'out/renderer');
const SHOTS = path.join(ROOT, 'out/screenshots');
/** The display's frame interval in headless Chromium (60 Hz). */
const FRAME_MS = 1000 / 60;

interface RunOptions {
  readonly label: string;
  readonly rate: number;
  readonly actionsPerSec: number;
  readonly seconds: number;
  readonly screenshots: boolean;
  /** Record a CPU profile of the page during the measured period and report its hot spots. */
  readonly profile: boolean;
}

interface PageFrames {
  readonly deltas: number[];
  readonly longTasks: number[];
}

interface RunResult {
  readonly label: string;
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Frames that should have been drawn but were not, over the frames the period had room for. */
  readonly droppedShare: number;
  /** Intervals longer than 1.5 display frames. */
  readonly slowShare: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  readonly bookCommandsPerSec: number;
  readonly orderRowsPerSec: number;
  readonly commandsPerSec: number;
  readonly refused: number;
  readonly lastRefusal: string | null;
  readonly mdFramesPerSec: number;
  readonly bookLevelsPerSec: number;
  readonly pageOrderRowsPerSec: number;
  readonly hostLoopP99Ms: number;
  readonly hostCpuPercent: number;
  /** The page's main thread: CPU it used, and time in script, style and layout, as a share of the wall time. */
  readonly pageCpuPercent: number;
  readonly scriptPercent: number;
  readonly stylePercent: number;
  readonly layoutPercent: number;
  /** Every Chromium process together (browser, renderer, GPU/viz, utilities), in percent of one core. */
  readonly chromiumCpuPercent: number;
  readonly hotSpots: readonly HotSpot[];
}

type Metrics = Record<string, number>;

async function pageMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A private copy of the built renderer: other people build into out/ at any moment on this machine, and a page
 * served from a directory being rewritten loads half a build. A copy whose index.html names an asset it does not
 * hold was taken mid-build and is taken again. */
async function snapshotRenderer(): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-bench-ui-'));
    try {
      fs.cpSync(RENDERER_DIR, dir, { recursive: true });
      const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (refs.length > 0 && refs.every((r) => fs.existsSync(path.join(dir, r)))) return dir;
    } catch {
      // Copied while files were being replaced: try again.
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await sleep(1000);
  }
  throw new Error(`no complete renderer build in ${RENDERER_DIR}`);
}

function startHost(
  rendererDir: string,
  rate: number,
): Promise<{ child: ChildProcess; url: string; next: () => Promise<HostMessage> }> {
  const child = fork(path.join(import.meta.dirname, 'render-bench-host.ts'), [rendererDir, String(rate), '1'], {
    execArgv: ['--import', 'tsx'],
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const queue: HostMessage[] = [];
  const waiting: ((m: HostMessage) => void)[] = [];
  child.on('message', (m: HostMessage) => {
    const w = waiting.shift();
    if (w !== undefined) w(m);
    else queue.push(m);
  });
  const next = (): Promise<HostMessage> =>
    new Promise((resolve) => {
      const m = queue.shift();
      if (m !== undefined) resolve(m);
      else waiting.push(resolve);
    });
  return next().then((m) => {
    if (m.type !== 'ready') throw new Error(`host did not start: ${m.type === 'failed' ? m.reason : m.type}`);
    return { child, url: m.url, next };
  });
}

async function sample(child: ChildProcess, next: () => Promise<HostMessage>): Promise<HostSample> {
  child.send({ type: 'sample' } satisfies ParentMessage);
  const m = await next();
  if (m.type !== 'sample') throw new Error(`expected a sample, got ${m.type}`);
  return m;
}

/** Every rAF interval and long task in the page for `duration` ms. Page code as text: this script is type-checked
 * as Node code (no DOM types), and the page runs it as it is. */
const RECORD_FRAMES = `(duration) => new Promise((resolve) => {
  const deltas = [];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  requestAnimationFrame((start) => {
    let last = start;
    const end = start + duration;
    const tick = (t) => {
      deltas.push(t - last);
      last = t;
      if (t < end) requestAnimationFrame(tick);
      else {
        observer.disconnect();
        resolve({ deltas, longTasks });
      }
    };
    requestAnimationFrame(tick);
  });
})`;

function recordFrames(page: Page, ms: number): Promise<PageFrames> {
  return page.evaluate<PageFrames>(`(${RECORD_FRAMES})(${Math.round(ms)})`);
}

async function run(rendererDir: string, o: RunOptions): Promise<RunResult> {
  const host = await startHost(rendererDir, o.rate);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const socket = { mdFrames: 0, bookLevels: 0, orderRows: 0, counting: false };
    page.on('websocket', (ws) =>
      ws.on('framereceived', ({ payload }) => {
        if (!socket.counting || typeof payload !== 'string') return;
        if (payload.includes('"channel":"md:frame"')) {
          socket.mdFrames++;
          const frame = JSON.parse(payload) as { payload: { books: { bids: unknown[]; asks: unknown[] }[] } };
          for (const b of frame.payload.books) socket.bookLevels += b.bids.length + b.asks.length;
        } else if (payload.includes('"channel":"orders:changed"')) {
          socket.orderRows += (JSON.parse(payload) as { payload: { orders: unknown[] } }).payload.orders.length;
        }
      }),
    );
    await page.goto(host.url);
    await page.waitForSelector('.shell-pill[data-session-id="demo-trading"][data-phase="active"]', { timeout: 60_000 });
    await page.waitForSelector('.shell-user', { timeout: 60_000 });
    // Depth beside top of book: show it, so ladder, depth, chart, tape and the working blotter are all on screen.
    await page.locator('[role="tab"][data-panel="depth"]').click();
    await page.locator('[role="tab"][data-panel="working"]').click();
    await page.waitForSelector('.ladder', { timeout: 60_000 });
    if (o.actionsPerSec > 0) host.child.send({ type: 'load', actionsPerSec: o.actionsPerSec } satisfies ParentMessage);
    // Warm-up: the order loop fills the blotter, the charts have history, JIT has settled.
    await page.waitForTimeout(4000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await sample(host.child, host.next);
    if (o.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const exclude = host.child.pid !== undefined ? [host.child.pid] : [];
    const c0 = descendantCpuSeconds(process.pid, exclude);
    const m0 = await pageMetrics(cdp);
    socket.counting = true;
    const t0 = Date.now();
    const frames = await recordFrames(page, o.seconds * 1000);
    const elapsed = (Date.now() - t0) / 1000;
    socket.counting = false;
    const m1 = await pageMetrics(cdp);
    const c1 = descendantCpuSeconds(process.pid, exclude);
    const profile = o.profile ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
    const after = await sample(host.child, host.next);
    const share = (name: string): number => (((m1[name] ?? 0) - (m0[name] ?? 0)) / elapsed) * 100;
    if (o.screenshots) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, 'workstation-loaded-dark.png') });
      await page.getByRole('button', { name: /^Theme: / }).click();
      await page.waitForSelector('html[data-theme="light"]');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(SHOTS, 'workstation-loaded-light.png') });
      await page.getByRole('button', { name: /^Theme: / }).click();
      await page.waitForSelector('html[data-theme="dark"]');
    }
    host.child.send({ type: 'stop' } satisfies ParentMessage);
    await host.next();

    const d = frames.deltas.slice().sort((a, b) => a - b);
    const span = frames.deltas.reduce((s, x) => s + x, 0);
    const missed = frames.deltas.reduce((s, x) => s + Math.max(0, Math.round(x / FRAME_MS) - 1), 0);
    const secs = (after.at - before.at) / 1000;
    const cpu = after.cpuUserMs + after.cpuSystemMs - (before.cpuUserMs + before.cpuSystemMs);
    return {
      label: o.label,
      frames: d.length,
      p50: quantile(d, 0.5),
      p95: quantile(d, 0.95),
      p99: quantile(d, 0.99),
      max: d[d.length - 1] ?? Number.NaN,
      droppedShare: missed / Math.max(1, Math.round(span / FRAME_MS)),
      slowShare: d.filter((x) => x > FRAME_MS * 1.5).length / Math.max(1, d.length),
      longTasks: frames.longTasks.length,
      longTaskMs: frames.longTasks.reduce((s, x) => s + x, 0),
      bookCommandsPerSec: (after.bookCommands - before.bookCommands) / secs,
      orderRowsPerSec: (after.orderRows - before.orderRows) / secs,
      commandsPerSec: (after.commandsSent - before.commandsSent) / secs,
      refused: after.commandsRefused,
      lastRefusal: after.lastRefusal,
      mdFramesPerSec: socket.mdFrames / elapsed,
      bookLevelsPerSec: socket.bookLevels / elapsed,
      pageOrderRowsPerSec: socket.orderRows / elapsed,
      hostLoopP99Ms: after.loopDelayP99Ms,
      hostCpuPercent: (cpu / (secs * 1000)) * 100,
      pageCpuPercent: share('ThreadTime'),
      scriptPercent: share('ScriptDuration'),
      stylePercent: share('RecalcStyleDuration'),
      layoutPercent: share('LayoutDuration'),
      chromiumCpuPercent: c0 === null || c1 === null ? Number.NaN : ((c1 - c0) / elapsed) * 100,
      hotSpots: profile !== null ? hotSpots(profile) : [],
    };
  } finally {
    await browser.close();
    if (host.child.exitCode === null) host.child.kill();
  }
}

function print(results: readonly RunResult[], o: { rate: number; actions: number; seconds: number }): void {
  const f = (x: number, digits = 1): string => (Number.isFinite(x) ? x.toFixed(digits) : '—');
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  console.log(
    `\nRendering benchmark: ${o.seconds} s per run, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`asked: ${o.rate} book commands/s, ${o.actions} order commands/s\n`);
  console.log(
    '| run | frames | p50 ms | p95 ms | p99 ms | max ms | dropped | >1.5 frames | long tasks (ms) | book cmds/s | order rows/s (host / page) | order cmds/s | md frames/s | book levels/s at page | host loop p99 ms | host CPU |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.frames} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.max)} | ${pct(r.droppedShare)} | ${pct(r.slowShare)} | ${r.longTasks} (${f(r.longTaskMs, 0)}) | ${f(r.bookCommandsPerSec, 0)} | ${f(r.orderRowsPerSec, 0)} / ${f(r.pageOrderRowsPerSec, 0)} | ${f(r.commandsPerSec, 0)} | ${f(r.mdFramesPerSec)} | ${f(r.bookLevelsPerSec, 0)} | ${f(r.hostLoopP99Ms)} | ${f(r.hostCpuPercent, 0)} % |`,
    );
  }
  console.log('\n| run | Chromium CPU (all processes) | page main thread CPU | script | style | layout |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.label} | ${f(r.chromiumCpuPercent, 0)} % | ${f(r.pageCpuPercent, 0)} % | ${f(r.scriptPercent, 0)} % | ${f(r.stylePercent, 0)} % | ${f(r.layoutPercent, 0)} % |`,
    );
  }
  for (const r of results.filter((x) => x.hotSpots.length > 0)) {
    console.log(`\nHot spots in the page, ${r.label} (self time, share of busy time):`);
    for (const h of r.hotSpots)
      console.log(`  ${f(h.selfMs, 0).padStart(6)} ms  ${pct(h.share).padStart(7)}  ${h.name}`);
  }
  for (const r of results) {
    if (r.refused > 0) console.log(`${r.label}: ${r.refused} order commands refused (last: ${r.lastRefusal ?? '—'})`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      rate: { type: 'string', default: '50000' },
      actions: { type: 'string', default: '1000' },
      'no-baseline': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const seconds = Number(values.seconds);
  const rate = Number(values.rate);
  const actions = Number(values.actions);
  if (!(seconds > 0) || !(rate > 0) || rate > 100_000 || !(actions >= 0)) {
    throw new Error('--seconds > 0, --rate 1..100000, --actions >= 0');
  }
  if (!values['no-build']) {
    execFileSync(path.join(ROOT, 'node_modules/.bin/electron-vite'), ['build'], { cwd: ROOT, stdio: 'pipe' });
  }
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error(`${RENDERER_DIR}/index.html is missing`);
  const rendererDir = await snapshotRenderer();
  const results: RunResult[] = [];
  if (!values['no-baseline']) {
    results.push(
      await run(rendererDir, {
        label: 'calm (20 cmds/s, no orders)',
        rate: 20,
        actionsPerSec: 0,
        seconds,
        screenshots: false,
        profile: false,
      }),
    );
  }
  results.push(
    await run(rendererDir, {
      label: `loaded (${rate} cmds/s, ${actions} orders/s)`,
      rate,
      actionsPerSec: actions,
      seconds,
      screenshots: true,
      profile: values.profile,
    }),
  );
  fs.rmSync(rendererDir, { recursive: true, force: true });
  print(results, { rate, actions, seconds });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
