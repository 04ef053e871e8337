// The living market of the embedded exchange (main process): per pair a random-walk reference price, a market
// maker that keeps a capped ladder of bids and asks around it (cancel and re-place as the reference moves), and a
// taker whose IOC orders trade against the book, a user's resting orders included. Everything goes through the
// engine's ordinary commands under the participants' own owners; the engine's reports for these owners have no
// FIX session and are for the gateway to ignore. A timer tick issues as many commands as the rate requires for the
// time since the previous tick (real timers come late on a busy event loop, and Node counts an interval from the
// end of its callback: a fixed budget per tick lost half the rate once a tick took as long as its interval).

import type { EngineCommand, MatchingEngine, Owner } from '../matching/index.js';
import { systemMarketTimers } from './market-timers.js';
import type { MarketTimers } from './market-timers.js';
import { DEFAULT_REF_PRICES, PairModel } from './pair-model.js';
import type { MakerSlot } from './pair-model.js';
import { SeededRandom } from './seeded-random.js';

export const MAKER_OWNER: Owner = Object.freeze({ clientId: 'SIM-MM', sessionId: 'SIM-MM' });
export const TAKER_OWNER: Owner = Object.freeze({ clientId: 'SIM-TAKER', sessionId: 'SIM-TAKER' });

/** The most a late tick makes up for, in intervals (100 ms at the default 20 ms). */
const MAX_CATCH_UP_TICKS = 5;

export interface SyntheticMarketOptions {
  seed: number;
  /**
   * Engine commands per second, from a few to 50 000. Each is about one book update (a price level's change): 0.98
   * level changes per command over the mix below (requotes, IOC takers, self-trade cancels), whatever the rate.
   */
  rate: number;
  /** Starting reference price per symbol; default DEFAULT_REF_PRICES, else 100. */
  refPrices?: Record<string, string>;
  timers?: MarketTimers;
  /** Interval of the driving tick (default 20 ms). */
  tickMs?: number;
  /** Pairs to animate (default every listed pair). */
  symbols?: readonly string[];
  /** Ladder rungs per side and pair (default 10): the maker never rests more than 2 × levels orders per pair. */
  levels?: number;
  /** Share of commands that are taker orders (default 0.2). */
  takerShare?: number;
}

export class SyntheticMarket {
  private readonly rng: SeededRandom;
  private readonly pairs: PairModel[];
  private readonly timers: MarketTimers;
  private readonly tickMs: number;
  private readonly rate: number;
  private readonly perTick: number;
  private readonly takerShare: number;
  private carry = 0;
  private lastTickAt: number | undefined;
  private handle: unknown;
  private ids = 0;
  private issued = 0;

  constructor(
    private readonly engine: MatchingEngine,
    options: SyntheticMarketOptions,
  ) {
    if (!(options.rate > 0) || options.rate > 1_000_000) throw new Error(`bad synthetic market rate ${options.rate}`);
    this.rng = new SeededRandom(options.seed);
    this.timers = options.timers ?? systemMarketTimers;
    this.tickMs = options.tickMs ?? 20;
    this.rate = options.rate;
    this.perTick = (options.rate * this.tickMs) / 1000;
    this.takerShare = options.takerShare ?? 0.2;
    const wanted = options.symbols === undefined ? undefined : new Set(options.symbols);
    const levels = options.levels ?? 10;
    this.pairs = engine
      .instruments()
      .filter((i) => (wanted === undefined || wanted.has(i.symbol)) && engine.engineFor(i.symbol) !== undefined)
      .map((i) => new PairModel(i, options.refPrices?.[i.symbol] ?? DEFAULT_REF_PRICES[i.symbol] ?? '100', levels));
  }

  /** Engine commands (book updates) issued since construction: the rate actually sustained is measured with it. */
  get commandsIssued(): number {
    return this.issued;
  }

  get running(): boolean {
    return this.handle !== undefined;
  }

  start(): void {
    if (this.handle !== undefined) return;
    this.lastTickAt = this.timers.now?.();
    this.handle = this.timers.setInterval(() => this.tick(), this.tickMs);
  }

  stop(): void {
    if (this.handle === undefined) return;
    this.timers.clearInterval(this.handle);
    this.handle = undefined;
  }

  /** One timer tick: the commands the rate asks for (fractions carry over to the next tick). */
  tick(): void {
    if (this.pairs.length === 0) return;
    this.carry += this.dueNow();
    let budget = Math.floor(this.carry);
    this.carry -= budget;
    while (budget > 0) budget -= this.step();
  }

  /**
   * Commands owed for this tick: one interval's worth with manual timers (tests: each fire is one tick), else the
   * time since the last tick, up to MAX_CATCH_UP_TICKS intervals: the rate holds while the CPU allows it, and a
   * process stalled for seconds resumes at its rate instead of in a burst (a machine too slow lowers the rate; no
   * backlog grows).
   */
  private dueNow(): number {
    const now = this.timers.now?.();
    if (now === undefined) return this.perTick;
    const last = this.lastTickAt ?? now - this.tickMs;
    this.lastTickAt = now;
    return (this.rate * Math.min(Math.max(0, now - last), this.tickMs * MAX_CATCH_UP_TICKS)) / 1000;
  }

  /** One participant action; returns how many commands it issued. */
  step(): number {
    const pair = this.pairs[this.rng.int(this.pairs.length)]!;
    if (this.rng.next() < 0.3) pair.walk(this.rng);
    if (this.rng.next() < this.takerShare) return this.take(pair);
    return this.requote(pair, pair.slots[this.rng.int(pair.slots.length)]!);
  }

  private requote(pair: PairModel, slot: MakerSlot): number {
    const target = pair.targetTicks(slot);
    let issued = 0;
    if (slot.clOrdId !== undefined) {
      const live = this.engine.registry.findOpenByClOrdId(MAKER_OWNER.sessionId, slot.clOrdId) !== undefined;
      // A rung already at its price is re-placed with a fresh size: makers refresh quotes, and every step of the
      // rate is a book update.
      if (live) {
        this.send({
          type: 'cancel',
          owner: MAKER_OWNER,
          clOrdId: this.nextId('mc'),
          origClOrdId: slot.clOrdId,
          symbol: pair.symbol,
        });
        issued++;
      }
      slot.clOrdId = undefined;
    }
    const clOrdId = this.nextId('mm');
    this.send({
      type: 'new-order',
      owner: MAKER_OWNER,
      clOrdId,
      symbol: pair.symbol,
      side: slot.side,
      ordType: '2',
      orderQty: pair.makerQty(this.rng, 20),
      price: pair.price(target),
      // A stale rung of our own on the other side yields to the new quote instead of blocking it.
      selfTradePrevention: 2,
    });
    if (this.engine.registry.findOpenByClOrdId(MAKER_OWNER.sessionId, clOrdId) !== undefined) {
      slot.clOrdId = clOrdId;
      slot.priceTicks = target;
    }
    return issued + 1;
  }

  private take(pair: PairModel): number {
    const buy = this.rng.next() < 0.5;
    const reach = pair.spacing * 2;
    this.send({
      type: 'new-order',
      owner: TAKER_OWNER,
      clOrdId: this.nextId('tk'),
      symbol: pair.symbol,
      side: buy ? '1' : '2',
      ordType: '2',
      timeInForce: '3',
      orderQty: pair.qty(this.rng, 10),
      price: pair.price(buy ? pair.refTicks + reach : Math.max(1, pair.refTicks - reach)),
    });
    return 1;
  }

  private send(cmd: EngineCommand): void {
    this.issued++;
    this.engine.handle(cmd);
  }

  private nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }
}
