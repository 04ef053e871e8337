// "Bad input (a hostile IPC payload) gets a clear, specific error and loses nothing." Thousands of seeded,
// reproducible hostile payloads go through handleCommand (the one door of both the Electron IPC binding and the web
// host) into a real WorkstationCore logged on to its embedded exchange. Every call must settle with an outcome (never
// throw, never reject), every refusal must be one bounded, readable line that names the field or says why, the core
// must still trade afterwards, and the wire must show exactly one clean 35=D per accepted order and nothing else.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handleCommand } from '../../electron/host/command-dispatch.js';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { DEFAULT_UI } from '../../electron/settings/defaults.js';
import { COMMAND_CHANNELS, CommandChannel, StreamChannel } from '../../shared/ipc/channels.js';
import type { CommandChannelName } from '../../shared/ipc/channels.js';
import type { OrdersDelta } from '../../shared/ipc/streams.js';
import type { RiskLimits } from '../../shared/domain/risk.js';

const SEED = 0x5eed_f1c5;
const CALLS_PER_CHANNEL = 160;
const MAX_REASON = 500;

let core: WorkstationCore;
let dataDir: string;
const deltas: OrdersDelta[] = [];

/** mulberry32: small, seeded, and the same sequence on every run, so a failure names a reproducible call. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

const MEGABYTE = 'A'.repeat(1024 * 1024);
function deep(levels: number): unknown {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < levels; i++) v = { n: v };
  return v;
}

/** Strings a hostile renderer might send. None names a configured session or profile, and none is "KILL". */
const STRINGS: readonly string[] = [
  ...['', ' ', MEGABYTE, '\u0001', '\u0000', '\r\n', 'a=b', '38=1000000', 'BTC/USD|55=ETH/USD'],
  'BTC/USD\u000155=ETH/USD\u000138=1000',
  ...['1e3', '1E-7', '-1', '-0', '0', '0.000', '+1', '0x10', 'Infinity', 'NaN', ' 1', '1 ', '1,5', '١٢٣', '１'],
  ...['\u202eUSD/BTC', '\ud800', '🚀/USD', 'ZZZ/QQQ', 'constructor', 'toString', '__proto__', 'prototype'],
  ...['demo-trading:1', 'demo-trading:99999999999999', 'nope-trading', 'DEMO-TRADER', '../../etc/passwd'],
  ...['<img src=x onerror=alert(1)>', 'KILL ', 'kill', 'x'.repeat(33), 'x'.repeat(65), '9'.repeat(41)],
];

/** Values of every other kind, each built fresh so no two payloads share an object. */
const OTHERS: ReadonlyArray<() => unknown> = [
  () => undefined,
  () => null,
  () => true,
  () => false,
  () => 0,
  () => -0,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => 1e308,
  () => -1,
  () => 1.5,
  () => 2 ** 53 + 1,
  () => Number.MIN_VALUE,
  () => 10n,
  () => [],
  () => ['BTC/USD'],
  () => Array.from({ length: 10_000 }, (_, i) => i),
  () => [[[[[[[[[[[]]]]]]]]]]],
  () => ({}),
  () => deep(50),
  () => deep(5),
  () => Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])),
  () => JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  () => ({ constructor: { prototype: { polluted: true } } }),
  () => Object.create(null) as unknown,
  () => new Date(0),
  () => new Map([['sessionId', 'demo-trading']]),
  () => new Set([1]),
  () => new Uint8Array(16),
  () => /x/,
  () => Symbol('hostile'),
  () => () => 'a function',
];

function hostileValue(rng: Rng): unknown {
  return rng() < 0.5 ? pick(rng, STRINGS) : pick(rng, OTHERS)();
}

const EXTRA_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'x',
  MEGABYTE,
  '\u0001',
  '55',
  'toJSON',
];

/** Payload shapes main accepts on each channel, aimed at nothing that matters (unknown ids, a far-away price). */
function bases(limits: RiskLimits): Record<CommandChannelName, unknown> {
  const none = {};
  return {
    [CommandChannel.listSessions]: none,
    [CommandChannel.connect]: { sessionId: 'nope-trading' },
    [CommandChannel.disconnect]: { sessionId: 'nope-trading' },
    [CommandChannel.resetSequence]: { sessionId: 'nope-md' },
    [CommandChannel.listInstruments]: none,
    [CommandChannel.ordersSnapshot]: none,
    [CommandChannel.newOrder]: {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.1',
      price: '100',
      tif: 'GTC',
    },
    [CommandChannel.amendOrder]: { orderKey: 'demo-trading:1', price: '101' },
    [CommandChannel.cancelOrder]: { orderKey: 'demo-trading:1' },
    [CommandChannel.cancelAll]: { symbol: 'ZZZ/QQQ', side: 'sell' },
    [CommandChannel.subscribeMarketData]: { symbol: 'ETH/USD', depth: 10 },
    [CommandChannel.unsubscribeMarketData]: { symbol: 'ZZZ/QQQ' },
    [CommandChannel.marketHistory]: { symbol: 'ETH/USD' },
    [CommandChannel.riskState]: none,
    [CommandChannel.setLimits]: limits,
    [CommandChannel.engageKillSwitch]: { confirm: 'KILL' },
    [CommandChannel.rearmKillSwitch]: none,
    [CommandChannel.messageHistory]: { limit: 10, direction: 'out', msgType: 'D' },
    [CommandChannel.dictionary]: none,
    [CommandChannel.auditList]: { limit: 10 },
    [CommandChannel.auditCsv]: none,
    [CommandChannel.settings]: none,
    [CommandChannel.saveProfile]: {
      id: 'fuzz',
      name: 'Fuzz',
      kind: 'fix44',
      trading: {
        host: '127.0.0.1',
        port: 1,
        tls: false,
        senderCompId: 'FUZZ-A',
        targetCompId: 'FUZZ-B',
        heartBtIntSec: 30,
      },
      cancelOnDisconnect: true,
      autoConnect: false,
    },
    [CommandChannel.deleteProfile]: { profileId: 'nope' },
    [CommandChannel.setSecret]: { profileId: 'nope', secret: 'not-a-secret' },
    [CommandChannel.saveUi]: DEFAULT_UI,
  };
}

type Path = readonly (string | number)[];

/** Every key path inside a JSON-like value (objects and arrays), parents before children. */
function pathsOf(v: unknown, at: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [];
  const out: Path[] = [];
  for (const [k, x] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p, ...pathsOf(x, p));
  }
  return out;
}

function containerAt(root: unknown, p: Path): Record<string | number, unknown> {
  let v = root as Record<string | number, unknown>;
  for (const k of p) v = v[k] as Record<string | number, unknown>;
  return v;
}

interface Probe {
  readonly channel: unknown;
  readonly payload: unknown;
  /** The key path the mutation touched (a refusal by the schema must name it), or null. */
  readonly touched: Path | null;
  /** An extra key the mutation added, if any. */
  readonly extra?: string;
  readonly what: string;
}

/** One hostile call: a hostile channel, a wholly hostile payload, or a valid shape with one thing broken. */
function probe(rng: Rng, channel: CommandChannelName, base: unknown): Probe {
  const r = rng();
  if (r < 0.03) {
    const c = pick(rng, ['sessions:list ', 'SESSIONS:LIST', 'session:send-order', '__proto__', 'toString', 42, null]);
    return { channel: c, payload: base, touched: null, what: `channel ${String(c)}` };
  }
  if (r < 0.25) return { channel, payload: hostileValue(rng), touched: null, what: 'whole payload' };
  const payload = structuredClone(base) as Record<string, unknown>;
  const paths = pathsOf(payload);
  const mode = rng();
  if (paths.length === 0 || mode < 0.2) {
    const parent = paths.length === 0 || rng() < 0.5 ? [] : pick(rng, paths).slice(0, -1);
    const key = pick(rng, EXTRA_KEYS);
    const target = containerAt(payload, parent);
    if (typeof target !== 'object' || target === null) return { channel, payload, touched: null, what: 'noop' };
    // defineProperty: a plain assignment to "__proto__" would set the prototype instead of an own key.
    Object.defineProperty(target, key, { value: hostileValue(rng), enumerable: true, writable: true });
    return {
      channel,
      payload,
      touched: null,
      extra: key,
      what: `extra key ${key.slice(0, 20)} at ${parent.join('.')}`,
    };
  }
  const p = pick(rng, paths);
  const parent = containerAt(payload, p.slice(0, -1));
  const key = p[p.length - 1] as string | number;
  if (mode < 0.35) {
    delete parent[key];
    return { channel, payload, touched: p, what: `deleted ${p.join('.')}` };
  }
  parent[key] = hostileValue(rng);
  return { channel, payload, touched: p, what: `replaced ${p.join('.')}` };
}

function active(id: string): Promise<void> {
  return vi.waitFor(
    async () => {
      const list = await core.execute(CommandChannel.listSessions, {});
      if (!list.ok || !list.value.some((s) => s.id === id && s.phase === 'active')) throw new Error(`${id} not active`);
    },
    { timeout: 20_000, interval: 100 },
  );
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  core = await WorkstationCore.start({ dataDir, exchange: { seed: 11, rate: 5 }, latencyProbeIntervalMs: 0 });
  core.subscribe((channel, event) => {
    if (channel === StreamChannel.orders) deltas.push(event as OrdersDelta);
  });
  await active('demo-trading');
  await active('demo-md');
  await vi.waitFor(
    async () => {
      const list = await core.execute(CommandChannel.listInstruments, {});
      if (!list.ok || !list.value.some((i) => i.symbol === 'ETH/USD')) throw new Error('no instruments yet');
    },
    { timeout: 10_000, interval: 100 },
  );
});

afterAll(async () => {
  await core?.close();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Tags a NewOrderSingle of ours may carry: standard header and trailer, and the OMS's D body (build-requests.ts). */
const D_TAGS = new Set([8, 9, 35, 34, 49, 56, 52, 43, 97, 122, 11, 55, 54, 38, 40, 44, 99, 59, 126, 18, 60, 10]);

describe('hostile IPC payloads against a running workstation core', () => {
  const accepted = new Set<string>();

  it('answers every hostile call with an outcome: a bounded, specific refusal, or ok for a valid shape', async () => {
    const rng = prng(SEED);
    const risk = await core.execute(CommandChannel.riskState, {});
    if (!risk.ok) throw new Error('no risk state');
    const base = bases(risk.value.limits);
    const problems: string[] = [];
    let calls = 0;
    for (let round = 0; round < CALLS_PER_CHANNEL; round++) {
      for (const channel of COMMAND_CHANNELS) {
        const p = probe(rng, channel, base[channel]);
        const label = `#${calls} ${String(p.channel).slice(0, 30)} (${p.what})`;
        calls++;
        let outcome: Awaited<ReturnType<typeof handleCommand>>;
        try {
          outcome = await handleCommand(core, p.channel, p.payload);
        } catch (err) {
          problems.push(`${label}: threw or rejected: ${String(err)}`);
          continue;
        }
        if (outcome.ok) {
          if (typeof p.channel !== 'string' || !COMMAND_CHANNELS.includes(p.channel as CommandChannelName)) {
            problems.push(`${label}: accepted on a channel that is not allow-listed`);
          }
          // A record may take a new symbol or panel key, but "__proto__" would be dropped without a word.
          if (p.extra === '__proto__') problems.push(`${label}: accepted, the __proto__ key silently dropped`);
          const v = outcome.value as { clOrdId?: unknown };
          if (p.channel === CommandChannel.newOrder && typeof v.clOrdId === 'string') accepted.add(v.clOrdId);
          continue;
        }
        const reason = outcome.reason;
        if (outcome.kind !== 'rejected') problems.push(`${label}: ${outcome.kind}, not rejected: ${reason}`);
        if (typeof reason !== 'string' || reason.trim().length === 0) problems.push(`${label}: empty reason`);
        else if (reason.length > MAX_REASON) problems.push(`${label}: reason of ${reason.length} characters`);
        else if (/\p{Cc}/u.test(reason)) problems.push(`${label}: raw control character in ${JSON.stringify(reason)}`);
        else if (p.touched !== null && reason.startsWith(`${String(p.channel)}: invalid request (`)) {
          // A schema refusal of a one-field mutation names that field, unless it refused the payload as a whole.
          const named = reason.includes(p.touched.map(String).join('.'));
          if (!named && !/not plain data|__proto__/.test(reason)) problems.push(`${label}: field not named: ${reason}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(4000);
  }, 180_000);

  it('still trades afterwards: sessions active, and a valid limit order reaches new on the orders stream', async () => {
    // Valid shapes among the probes may have moved limits or the kill switch; put the trading defaults back.
    await core.execute(CommandChannel.rearmKillSwitch, {});
    const list = await core.execute(CommandChannel.listSessions, {});
    expect(list.ok && list.value.filter((s) => s.id.startsWith('demo-')).map((s) => [s.id, s.phase])).toEqual([
      ['demo-trading', 'active'],
      ['demo-md', 'active'],
    ]);
    const placed = await handleCommand(core, CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.5',
      price: '100',
      tif: 'GTC',
    });
    expect(placed).toMatchObject({ ok: true, value: { status: 'pending-new' } });
    const view = placed.ok ? (placed.value as { orderKey: string; clOrdId: string }) : null;
    accepted.add(view?.clOrdId ?? '');
    await vi.waitFor(
      () => {
        const seen = deltas.some((d) => d.orders.some((o) => o.orderKey === view?.orderKey && o.status === 'new'));
        if (!seen) throw new Error('order not new yet');
      },
      { timeout: 10_000, interval: 50 },
    );
  });

  it('sent exactly one clean NewOrderSingle per accepted order, with no injected field', async () => {
    const history = await core.execute(CommandChannel.messageHistory, {
      sessionId: 'demo-trading',
      direction: 'out',
      msgType: 'D',
      limit: 5000,
    });
    if (!history.ok) throw new Error(history.reason);
    const sent: string[] = [];
    for (const m of history.value) {
      const fields = m.text.split('|').filter((f) => f !== '');
      const tags = fields.map((f) => f.slice(0, f.indexOf('=')));
      expect(
        tags.every((t) => /^[0-9]+$/.test(t) && D_TAGS.has(Number(t))),
        m.text,
      ).toBe(true);
      expect(new Set(tags).size, m.text).toBe(tags.length);
      expect(
        fields.every((f) => !f.slice(f.indexOf('=') + 1).includes('=')),
        m.text,
      ).toBe(true);
      sent.push(fields.find((f) => f.startsWith('11='))?.slice(3) ?? '');
    }
    expect(sent.sort()).toEqual([...accepted].sort());
  });
});
