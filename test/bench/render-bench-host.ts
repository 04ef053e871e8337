// The workstation side of the rendering benchmark (test/bench/render-bench.ts forks this file): the real core with
// its embedded exchange at the asked synthetic-market rate, the web host serving the built renderer, and an order
// loop that keeps the blotters busy (resting limit orders placed, amended and cancelled on demo-trading). Talks to
// the parent over the fork IPC channel: "ready" with the page URL, samples of what the market and the order loop
// really did, "stopped". A benchmark helper: it measures and reports, it asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startWebHost } from '../../electron/host/web-host.js';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { SyntheticMarket } from '../../electron/sim/market/index.js';
import { dec, fixed, mul } from '../../shared/domain/decimal.js';
import { CommandChannel } from '../../shared/ipc/channels.js';

export interface HostSample {
  readonly type: 'sample';
  /** Engine commands (book updates) the synthetic market issued since start. */
  readonly bookCommands: number;
  /** Order rows sent to renderers on the orders stream since start (one per order state change per batch). */
  readonly orderRows: number;
  readonly commandsSent: number;
  readonly commandsRefused: number;
  readonly lastRefusal: string | null;
  /** Event-loop delay p99 of the host process since the last sample (ms). */
  readonly loopDelayP99Ms: number;
  readonly cpuUserMs: number;
  readonly cpuSystemMs: number;
  readonly at: number;
}

export type HostMessage =
  | { readonly type: 'ready'; readonly url: string }
  | HostSample
  | { readonly type: 'stopped' }
  | { readonly type: 'failed'; readonly reason: string };

export type ParentMessage =
  { readonly type: 'load'; readonly actionsPerSec: number } | { readonly type: 'sample' } | { readonly type: 'stop' };

// Count what the synthetic market really issues: a loaded machine ticks late and falls short of the rate.
const markets: SyntheticMarket[] = [];
const originalStart = SyntheticMarket.prototype.start;
SyntheticMarket.prototype.start = function (this: SyntheticMarket): void {
  markets.push(this);
  originalStart.call(this);
};

const send = (m: HostMessage): void => {
  process.send?.(m);
};

const SESSION = 'demo-trading';
const SYMBOL = 'BTC/USD';
/** Resting orders kept working; beyond this the loop amends or cancels instead of placing. */
const WORKING_TARGET = 60;

async function main(): Promise<void> {
  const [rendererDir, rateText, seedText] = process.argv.slice(2);
  if (rendererDir === undefined || rateText === undefined)
    throw new Error('usage: render-bench-host <dir> <rate> [seed]');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-bench-'));
  const core = await WorkstationCore.start({
    dataDir,
    exchange: { seed: Number(seedText ?? '1'), rate: Number(rateText) },
  });
  const web = await startWebHost({ host: core, rendererDir, port: 0 });

  let orderRows = 0;
  core.subscribe((channel, event) => {
    if (channel === 'orders:changed') orderRows += (event as { orders: readonly unknown[] }).orders.length;
  });
  // No rate, open-order or duplicate limits in the way of the load; the price band stays.
  const risk = await core.execute(CommandChannel.riskState, {});
  if (!risk.ok) throw new Error(risk.reason);
  const limits = risk.value.limits;
  const relaxed = await core.execute(CommandChannel.setLimits, {
    ...limits,
    account: { maxOpenOrders: 10_000, maxOrdersPerSecond: null, duplicateWindowMs: 0 },
  });
  if (!relaxed.ok) throw new Error(relaxed.reason);

  const working: string[] = [];
  let sent = 0;
  let refused = 0;
  let lastRefusal: string | null = null;
  let reference: string | null = null;
  let loop: NodeJS.Timeout | undefined;
  let carry = 0;
  let n = 0;

  const refreshReference = async (): Promise<void> => {
    const h = await core.execute(CommandChannel.marketHistory, { symbol: SYMBOL });
    const last = h.ok ? h.value.trades.at(-1) : undefined;
    if (last !== undefined) reference = last.price;
  };
  const priceAt = (pctBelow: number): string => fixed(mul(dec(reference!), dec(String(1 - pctBelow / 100))), 0);
  const settle = (outcome: { ok: boolean; reason?: string }): void => {
    if (!outcome.ok) {
      refused++;
      lastRefusal = outcome.reason ?? null;
    }
  };
  const act = (): void => {
    if (reference === null) return;
    n++;
    sent++;
    if (working.length < WORKING_TARGET || n % 3 === 0) {
      void core
        .execute(CommandChannel.newOrder, {
          sessionId: SESSION,
          symbol: SYMBOL,
          side: 'buy',
          type: 'limit',
          qty: '0.001',
          price: priceAt(0.2 + (n % 20) / 20),
          tif: 'GTC',
        })
        .then((o) => {
          settle(o);
          if (o.ok) working.push(o.value.orderKey);
        });
    } else if (n % 3 === 1) {
      const key = working.shift()!;
      void core.execute(CommandChannel.cancelOrder, { orderKey: key }).then(settle);
    } else {
      const key = working[n % working.length]!;
      void core.execute(CommandChannel.amendOrder, { orderKey: key, price: priceAt(0.2 + (n % 17) / 20) }).then(settle);
    }
  };

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpu0 = process.cpuUsage();

  process.on('message', (m: ParentMessage) => {
    if (m.type === 'load') {
      const perTick = m.actionsPerSec / 100;
      void refreshReference();
      setInterval(() => void refreshReference(), 2000).unref();
      loop = setInterval(() => {
        carry += perTick;
        for (; carry >= 1; carry--) act();
      }, 10);
    } else if (m.type === 'sample') {
      const cpu = process.cpuUsage(cpu0);
      send({
        type: 'sample',
        bookCommands: markets.reduce((sum, mk) => sum + mk.commandsIssued, 0),
        orderRows,
        commandsSent: sent,
        commandsRefused: refused,
        lastRefusal,
        loopDelayP99Ms: delay.percentile(99) / 1e6,
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        at: Date.now(),
      });
      delay.reset();
    } else if (m.type === 'stop') {
      if (loop !== undefined) clearInterval(loop);
      void web
        .close()
        .then(() => core.close())
        .then(() => {
          fs.rmSync(dataDir, { recursive: true, force: true });
          send({ type: 'stopped' });
          process.exit(0);
        });
    }
  });
  send({ type: 'ready', url: web.url });
}

main().catch((err: unknown) => {
  send({ type: 'failed', reason: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});
