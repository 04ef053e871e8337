import { describe, expect, it } from 'vitest';
import type { EngineCommand, Owner } from '../../../electron/sim/matching/commands.js';
import { bookViolations } from '../../../electron/sim/matching/invariants.js';
import { MatchingEngine } from '../../../electron/sim/matching/matching-engine.js';
import { DEFAULT_INSTRUMENTS } from '../../../electron/sim/matching/instruments.js';
import { EventAuditor } from './support/event-auditor.js';
import { FakeClock } from './support/harness.js';
import { Random } from './support/random.js';

const OWNERS: Owner[] = ['ann', 'ben', 'cat', 'dan'].flatMap((c) => [
  { clientId: c, sessionId: `${c}-1` },
  { clientId: c, sessionId: `${c}-2` },
]);

/** Price grids around a mid: BTC/USD in 0.1 steps, SOL/USD in 0.01 steps. */
const MARKETS = [
  { symbol: 'BTC/USD', mid: 500_000, decimals: 1, qtyMin: 5_000 },
  { symbol: 'SOL/USD', mid: 10_000, decimals: 2, qtyMin: 2_000_000 },
] as const;

function text(units: number, decimals: number): string {
  const s = String(units).padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

function randomCommand(rnd: Random, clock: FakeClock, auditor: EventAuditor, seq: number): EngineCommand {
  const roll = rnd.next();
  const open = [...auditor.open.entries()];
  if (roll < 0.12 && open.length > 0) {
    const [orderId, o] = rnd.pick(open);
    const owner = OWNERS.find((x) => x.sessionId === o.sessionId)!;
    return { type: 'cancel', owner, clOrdId: `c${seq}`, orderId, symbol: o.symbol };
  }
  if (roll < 0.24 && open.length > 0) {
    const [orderId, o] = rnd.pick(open);
    const owner = OWNERS.find((x) => x.sessionId === o.sessionId)!;
    const m = MARKETS.find((x) => x.symbol === o.symbol)!;
    const cmd: EngineCommand = { type: 'amend', owner, clOrdId: `g${seq}`, orderId, symbol: o.symbol };
    if (rnd.chance(0.6)) cmd.orderQty = text(m.qtyMin * rnd.int(1, 40), 8);
    if (rnd.chance(0.5)) cmd.price = text(m.mid + rnd.int(-60, 60), m.decimals);
    if (rnd.chance(0.2)) cmd.postOnly = true;
    return cmd;
  }
  if (roll < 0.25)
    return {
      type: 'mass-cancel',
      owner: rnd.pick(OWNERS),
      clOrdId: `q${seq}`,
      scope: rnd.pick(['1', '6', '7'] as const),
      symbol: rnd.pick(MARKETS).symbol,
    };
  if (roll < 0.26) return { type: 'disconnect', sessionId: rnd.pick(OWNERS).sessionId };
  if (roll < 0.3) {
    clock.t += rnd.int(1, 20_000);
    return { type: 'tick' };
  }
  if (roll < 0.31) {
    const m = rnd.pick(MARKETS);
    return { type: 'index-price', symbol: m.symbol, price: text(m.mid + rnd.int(-80, 80), m.decimals) };
  }
  const m = rnd.pick(MARKETS);
  const side = rnd.chance(0.5) ? '1' : '2';
  // Buyers lean below the mid and sellers above, so books build up and also cross often.
  const skew = side === '1' ? -10 : 10;
  const price = text(m.mid + skew + rnd.int(-40, 40), m.decimals);
  const stop = text(m.mid + rnd.int(-50, 50), m.decimals);
  const qty = text(m.qtyMin * rnd.int(1, 30), 8);
  const ordType = rnd.pick(['2', '2', '2', '2', '2', '1', '3', '4', 'R', 'T'] as const);
  const cmd: EngineCommand = {
    type: 'new-order',
    owner: rnd.pick(OWNERS),
    clOrdId: `n${seq}`,
    symbol: m.symbol,
    side,
    ordType,
    orderQty: qty,
    price,
    stopPx: stop,
    timeInForce: rnd.pick(['1', '1', '1', '3', '4', '6'] as const),
    selfTradePrevention: rnd.pick([0, 1, 2] as const),
    triggerReference: rnd.chance(0.2) ? 1 : 5,
  };
  if (cmd.timeInForce === '6') cmd.expireTime = clock.t + rnd.int(1, 120_000);
  if (ordType === '2' && cmd.timeInForce !== '3' && cmd.timeInForce !== '4' && rnd.chance(0.15)) cmd.postOnly = true;
  if (ordType === '2' && rnd.chance(0.1)) cmd.displayQty = text(Math.max(m.qtyMin, (m.qtyMin * rnd.int(1, 30)) / 4), 8);
  if (rnd.chance(0.03)) cmd.effectiveTime = clock.t + rnd.int(1, 30_000);
  return cmd;
}

const EXPECTED_KINDS = [
  'accepted:0',
  'accepted:A',
  'rejected',
  'trade',
  'replaced',
  'restated',
  'expired',
  'mass-cancel-done',
  'canceled:user',
  'canceled:mass-cancel',
  'canceled:cancel-on-disconnect',
  'canceled:ioc-remainder',
  'canceled:fok-not-fillable',
  'canceled:market-no-liquidity',
  'canceled:post-only',
  'canceled:self-trade-prevention',
  'canceled:amend-below-filled',
];

describe('randomized order flow', () => {
  for (const seed of [1, 2, 3]) {
    it(`keeps every order and book invariant after each of 4000 commands (seed ${seed})`, () => {
      const clock = new FakeClock();
      const instruments = new Map(DEFAULT_INSTRUMENTS.map((i) => [i.symbol, i]));
      const auditor = new EventAuditor(instruments);
      const engine = new MatchingEngine({ onEvent: auditor.onEvent, onMarketData: auditor.onMarketData, clock, seed });
      const rnd = new Random(seed);
      for (let i = 0; i < 4000; i++) {
        const cmd = randomCommand(rnd, clock, auditor, i);
        const before = auditor.batchEnds.length;
        engine.handle(cmd);
        for (const m of MARKETS) {
          const pair = engine.engineFor(m.symbol)!;
          const book = bookViolations(pair);
          if (book.length > 0) throw new Error(`command ${i} ${JSON.stringify(cmd)}: ${book.join('; ')}`);
        }
        if (auditor.violations.length > 0) {
          throw new Error(`command ${i} ${JSON.stringify(cmd)}: ${auditor.violations.join('; ')}`);
        }
        // The level stream, applied up to the batch end, reproduces the book exactly.
        for (const symbol of auditor.batchEnds.slice(before)) {
          const depth = engine.depth(symbol, 10_000)!;
          for (const [side, levels] of [
            ['1', depth.bids],
            ['2', depth.asks],
          ] as const) {
            const mirrored = auditor.mirror.get(`${symbol} ${side}`) ?? new Map<string, string>();
            expect(new Map(levels.map((l) => [l.price, l.qty]))).toEqual(mirrored);
          }
        }
      }
      // The flow must really exercise the engine: every kind of report occurs, trades are plentiful.
      const kinds = new Map<string, number>();
      for (const k of auditor.kinds) kinds.set(k, (kinds.get(k) ?? 0) + 1);
      for (const kind of EXPECTED_KINDS) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
      expect(kinds.get('trade')).toBeGreaterThan(1000);
      expect(engine.registry.openCount).toBeGreaterThan(0);
      expect(engine.registry.openCount).toBe(auditor.open.size);
    });
  }
});
