// The simulator's market-data publisher (main process): mirrors each pair's visible book from the engine's level
// stream, and at every `batch-end` turns what changed into one Incremental (X) per subscription and pair, each
// with Kraken's book checksum. Sessions come from `application`, the FixAcceptor's per-client factory.

import type { AcceptorSessionIdentity } from '../../fix/acceptor/index.js';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import type { SessionApplication, SessionHandle } from '../../fix/session/index.js';
import type { MarketDataEvent, MatchingEngine, PublicTradeEvent } from '../matching/index.js';
import { diffSide } from './book-diff.js';
import type { BookEntry } from './book-diff.js';
import { bookChecksum, CHECKSUM_LEVELS } from '../../venue/kraken/book-checksum.js';
import { BookMirror } from './book-mirror.js';
import { writeInstrumentList } from './instrument-list.js';
import type { SubscribeRequest } from './md-request.js';
import { MdSessionApplication } from './md-session.js';
import type { FeedRegistry } from './md-session.js';
import { writeIncremental, writeSnapshot } from './md-writers.js';
import type { MdDialect } from './md-writers.js';
import type { SymbolFeed } from './symbol-feed.js';

export interface MarketDataHubOptions {
  dialect?: MdDialect;
  /** Epoch ms for snapshot entry times (273). */
  clock?: () => number;
}

/** What changed on a pair since its last batch-end (tracked only while someone subscribes). */
interface PendingBatch {
  bids: Set<string>;
  asks: Set<string>;
  trades: PublicTradeEvent[];
}

export class MarketDataHub implements FeedRegistry {
  readonly dialect: MdDialect;
  /** The FixAcceptor's `application` option: one market-data application per client session. */
  readonly application: (identity: AcceptorSessionIdentity) => SessionApplication;
  private readonly clock: () => number;
  private readonly mirrors = new Map<string, BookMirror>();
  private readonly pending = new Map<string, PendingBatch>();
  private readonly feeds = new Map<string, Set<SymbolFeed>>();
  private responses = 0;

  constructor(
    private readonly engine: MatchingEngine,
    options: MarketDataHubOptions = {},
  ) {
    this.dialect = options.dialect ?? 'kraken';
    this.clock = options.clock ?? Date.now;
    this.application = () => new MdSessionApplication(this);
    for (const instrument of engine.instruments()) {
      const mirror = new BookMirror();
      const depth = engine.depth(instrument.symbol, Number.MAX_SAFE_INTEGER);
      for (const l of depth?.bids ?? []) mirror.bids.set(l.price, l.qty);
      for (const l of depth?.asks ?? []) mirror.asks.set(l.price, l.qty);
      this.mirrors.set(instrument.symbol, mirror);
      this.pending.set(instrument.symbol, { bids: new Set(), asks: new Set(), trades: [] });
      this.feeds.set(instrument.symbol, new Set());
    }
  }

  /** The engine's `onMarketData` is routed here. */
  onMarketData(event: MarketDataEvent): void {
    const subscribed = (this.feeds.get(event.symbol)?.size ?? 0) > 0;
    const pending = this.pending.get(event.symbol);
    if (pending === undefined) return;
    switch (event.kind) {
      case 'level': {
        const side = event.side === '1' ? 'bid' : 'ask';
        this.mirrors.get(event.symbol)!.sideOf(side).set(event.price, event.qty);
        if (subscribed) (side === 'bid' ? pending.bids : pending.asks).add(event.price);
        return;
      }
      case 'trade':
        if (subscribed) pending.trades.push(event);
        return;
      case 'batch-end':
        if (subscribed) this.publish(event.symbol, pending);
        pending.bids.clear();
        pending.asks.clear();
        pending.trades.length = 0;
    }
  }

  /** Current top levels of the hub's mirror (tests, the checksum). */
  mirror(symbol: string): BookMirror | undefined {
    return this.mirrors.get(symbol);
  }

  isKnownSymbol(symbol: string): boolean {
    return this.mirrors.has(symbol) && this.engine.engineFor(symbol) !== undefined;
  }

  open(session: SessionHandle, request: SubscribeRequest, symbol: string): SymbolFeed {
    const feed: SymbolFeed = {
      session,
      mdReqId: request.mdReqId,
      symbol,
      depth: request.depth,
      book: request.book,
      trades: request.trades,
      sentBids: new Map(),
      sentAsks: new Map(),
    };
    const mirror = this.mirrors.get(symbol)!;
    const bids = feed.book ? mirror.bids.top(feed.depth) : [];
    const asks = feed.book ? mirror.asks.top(feed.depth) : [];
    for (const l of bids) feed.sentBids.set(l.price, l.qty);
    for (const l of asks) feed.sentAsks.set(l.price, l.qty);
    session.send('W', (enc) => writeSnapshot(enc, this.dialect, feed.mdReqId, symbol, bids, asks, this.clock()));
    this.feeds.get(symbol)!.add(feed);
    return feed;
  }

  /** Fault injection: every current subscription to `symbol` with a book gets a wrong 5041 on its next book
   * incremental. Returns how many subscriptions were armed. */
  corruptNextChecksum(symbol: string): number {
    let armed = 0;
    for (const feed of this.feeds.get(symbol) ?? []) {
      if (!feed.book) continue;
      feed.corruptNextChecksum = true;
      armed++;
    }
    return armed;
  }

  close(feed: SymbolFeed): void {
    this.feeds.get(feed.symbol)?.delete(feed);
  }

  writeInstrumentList(session: SessionHandle, msg: FixMessage): void {
    const responseId = `IL${++this.responses}`;
    session.send('y', (enc) => writeInstrumentList(enc, this.engine, this.dialect, msg, responseId));
  }

  private publish(symbol: string, pending: PendingBatch): void {
    const mirror = this.mirrors.get(symbol)!;
    let checksum: number | undefined;
    for (const feed of [...this.feeds.get(symbol)!]) {
      const book: BookEntry[] = [];
      if (feed.book) {
        diffSide(feed.sentBids, mirror.bids, pending.bids, feed.depth, book);
        diffSide(feed.sentAsks, mirror.asks, pending.asks, feed.depth, book);
      }
      const trades = feed.trades ? pending.trades : [];
      if (book.length === 0 && trades.length === 0) continue;
      if (book.length > 0 && checksum === undefined) {
        checksum = bookChecksum(mirror.asks.top(CHECKSUM_LEVELS), mirror.bids.top(CHECKSUM_LEVELS));
      }
      let sum = checksum ?? 0;
      if (feed.corruptNextChecksum === true && book.length > 0) {
        feed.corruptNextChecksum = false;
        sum = (sum ^ 0x5a5a5a5a) >>> 0;
      }
      try {
        feed.session.send('X', (enc) => writeIncremental(enc, this.dialect, feed.mdReqId, symbol, trades, book, sum));
      } catch {
        // The session is gone (not logged on any more): its feeds end with it.
        this.close(feed);
      }
    }
  }
}
