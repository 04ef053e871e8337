// Our initiator on the simulator's market-data session keeping one LocalBook per subscription and pair, checking
// every 5041; on a mismatch it can resubscribe (unsubscribe, then a new MDReqID whose snapshot rebuilds the book),
// which is what Kraken asks of a client (spec §1.8).
import type { FixMessage } from '../../../electron/fix/codec/index.js';
import type { RunningExchange } from '../../../electron/sim/exchange.js';
import { LocalBook } from './local-book.js';
import { SimClient } from './sim-client.js';

export interface MdClientOptions {
  ex: RunningExchange;
  ca: string;
  compId: string;
  /** Resubscribe a pair whose checksum fails (default true). */
  resubscribe?: boolean;
  /** Keep every application message (default true). */
  keep?: boolean;
}

interface Subscription {
  symbols: string[];
  trades: boolean;
  books: Map<string, LocalBook>;
  /** Pairs resubscribed under a new MDReqID: what still comes for them here is ignored. */
  left: Set<string>;
}

export class MdClient {
  readonly client: SimClient;
  /** Live subscriptions by MDReqID. */
  readonly subs = new Map<string, Subscription>();
  readonly mismatches: Array<{ mdReqId: string; symbol: string }> = [];
  readonly rejects: FixMessage[] = [];
  /** X and W messages applied, and book checksums verified, over every subscription so far. */
  applied = 0;
  checked = 0;
  resubscribed = 0;
  private ids = 0;

  private constructor(private readonly o: MdClientOptions) {
    this.client = new SimClient({
      ex: o.ex,
      ca: o.ca,
      compId: o.compId,
      side: 'md',
      ...(o.keep !== undefined ? { keep: o.keep } : {}),
      onApp: (msg) => this.onApp(msg),
    });
  }

  static async connect(o: MdClientOptions): Promise<MdClient> {
    const c = new MdClient(o);
    await c.client.connect();
    return c;
  }

  /** A new connection after the last one ended: subscriptions die with a connection (spec §1.4), so each one is
   * sent again under a new MDReqID. */
  async reconnect(): Promise<void> {
    await this.client.connect();
    const old = [...this.subs.values()];
    this.subs.clear();
    for (const sub of old) if (sub.symbols.length > 0) this.subscribe(sub.symbols, sub.trades);
  }

  /** Snapshot + incremental L2 (full depth) and, by default, trades; returns the MDReqID. */
  subscribe(symbols: readonly string[], trades = true): string {
    const mdReqId = `${this.o.compId}-${++this.ids}`;
    this.subs.set(mdReqId, { symbols: [...symbols], trades, books: new Map(), left: new Set() });
    const types = trades ? ['0', '1', '2'] : ['0', '1'];
    this.client.send('V', [
      [262, mdReqId],
      [263, '1'],
      [264, '0'],
      [265, '1'],
      [267, String(types.length)],
      ...types.map((t) => [269, t] as const),
      [146, String(symbols.length)],
      ...symbols.map((s) => [55, s] as const),
    ]);
    return mdReqId;
  }

  unsubscribe(mdReqId: string): void {
    this.subs.delete(mdReqId);
    this.client.send('V', [
      [262, mdReqId],
      [263, '2'],
    ]);
  }

  book(mdReqId: string, symbol: string): LocalBook | undefined {
    return this.subs.get(mdReqId)?.books.get(symbol);
  }

  /** The live book of `symbol` under whichever subscription has it now. */
  bookOf(symbol: string): LocalBook | undefined {
    for (const sub of this.subs.values()) {
      const b = sub.books.get(symbol);
      if (b !== undefined) return b;
    }
    return undefined;
  }

  /** The local book equals the engine's visible book. */
  matchesEngine(symbol: string): boolean {
    const b = this.bookOf(symbol);
    const depth = this.o.ex.engine.depth(symbol, 1000);
    if (b === undefined || depth === undefined) return false;
    const strip = (ls: ReadonlyArray<{ price: string; qty: string }>): string =>
      ls.map((l) => `${l.price}x${l.qty}`).join(',');
    const mine = b.levels();
    return strip(mine.bids) === strip(depth.bids) && strip(mine.asks) === strip(depth.asks);
  }

  private onApp(msg: FixMessage): void {
    if (msg.msgType === 'Y') {
      this.rejects.push(msg.detach());
      return;
    }
    if (msg.msgType !== 'W' && msg.msgType !== 'X') return;
    const mdReqId = msg.getString(262) ?? '';
    const sub = this.subs.get(mdReqId);
    // Messages of a subscription we have already left were on the wire before the server read our unsubscribe.
    if (sub === undefined) return;
    const symbol = msg.getString(55) ?? '';
    if (sub.left.has(symbol)) return;
    let book = sub.books.get(symbol);
    if (book === undefined) {
      if (msg.msgType !== 'W') throw new Error(`X for ${symbol} on ${mdReqId} before its snapshot`);
      book = new LocalBook(symbol);
      sub.books.set(symbol, book);
    }
    this.applied++;
    const before = book.checked;
    const ok = book.apply(msg);
    this.checked += book.checked - before;
    if (ok) return;
    this.mismatches.push({ mdReqId, symbol });
    if (this.o.resubscribe === false) return;
    // Resubscribe only the failed pair; the rest of the request keeps its books.
    sub.books.delete(symbol);
    sub.left.add(symbol);
    sub.symbols = sub.symbols.filter((s) => s !== symbol);
    if (sub.symbols.length === 0) this.unsubscribe(mdReqId);
    this.resubscribed++;
    this.subscribe([symbol], sub.trades);
  }
}
