// The simulator's market-data publisher (main process): mirrors each pair's visible book from the engine's level
// stream, and at every `batch-end` turns what changed into one Incremental (X) per subscription and pair, each
// with Kraken's book checksum. Sessions come from `application`, the FixAcceptor's per-client factory.

import type { AcceptorSessionIdentity } from '../../fix/acceptor/index.js';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import type { SessionApplication, SessionHandle } from '../../fix/session/index.js';
import type { MarketDataEvent, MatchingEngine, PublicTradeEvent } from '../matching/index.js';
import { diffSide } from './book-diff.js';
import type { BookEntry } from './book-diff.js';
import { BookMirror } from './book-mirror.js';
import { writeInstrumentList } from './instrument-list.js';
import type { SubscribeRequest } from './md-request.js';
import { MdSessionApplication } from './md-session.js';
import type { FeedRegistry } from './md-session.js';
import { writeIncremental, writeSnapshot } from './md-writers.js';
import type { MdDialect } from './md-writers.js';
import type { SymbolFeed } from './symbol-feed.js';

const NO_TRADES: readonly PublicTradeEvent[] = [];

export interface MarketDataHubOptions {
  dialect?: MdDialect;
  /** Epoch ms for snapshot entry times (273). */
  clock?: () => number;
}

/** What changed on a pair since its last batch-end (tracked only while someone subscribes). The prices are kept
 * in arrays without repeats (a batch touches one to a few levels): emptying an array allocates nothing, unlike
 * Set.clear() after every command. */
interface PendingBatch {
  bids: string[];
  asks: string[];
  trades: PublicTradeEvent[];
}

/** Everything the hub keeps for one pair: one lookup per engine event. */
interface PairState {
  readonly mirror: BookMirror;
  readonly pending: PendingBatch;
  readonly feeds: Set<SymbolFeed>;
}

export class MarketDataHub implements FeedRegistry {
  readonly dialect: MdDialect;
  /** The FixAcceptor's `application` option: one market-data application per client session. */
  readonly application: (identity: AcceptorSessionIdentity) => SessionApplication;
  private readonly clock: () => number;
  private readonly pairs = new Map<string, PairState>();
  /** One feed's book entries while its X is written, reused: `send` encodes the message before it returns (it
   * returns the MsgSeqNum it sequenced the message under), so nothing holds the array after it. */
  private readonly book: BookEntry[] = [];
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
      this.pairs.set(instrument.symbol, {
        mirror,
        pending: { bids: [], asks: [], trades: [] },
        feeds: new Set(),
      });
    }
  }

  /** The engine's `onMarketData` is routed here. */
  onMarketData(event: MarketDataEvent): void {
    const pair = this.pairs.get(event.symbol);
    if (pair === undefined) return;
    const subscribed = pair.feeds.size > 0;
    const pending = pair.pending;
    switch (event.kind) {
      case 'level': {
        const bid = event.side === '1';
        (bid ? pair.mirror.bids : pair.mirror.asks).set(event.price, event.qty);
        if (subscribed) {
          const changed = bid ? pending.bids : pending.asks;
          if (!changed.includes(event.price)) changed.push(event.price);
        }
        return;
      }
      case 'trade':
        if (subscribed) pending.trades.push(event);
        return;
      case 'batch-end':
        if (subscribed) this.publish(event.symbol, pair);
        pending.bids.length = 0;
        pending.asks.length = 0;
        pending.trades.length = 0;
    }
  }

  /** Current top levels of the hub's mirror (tests, the checksum). */
  mirror(symbol: string): BookMirror | undefined {
    return this.pairs.get(symbol)?.mirror;
  }

  isKnownSymbol(symbol: string): boolean {
    return this.pairs.has(symbol) && this.engine.engineFor(symbol) !== undefined;
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
    const pair = this.pairs.get(symbol)!;
    const mirror = pair.mirror;
    const bids = feed.book ? mirror.bids.top(feed.depth) : [];
    const asks = feed.book ? mirror.asks.top(feed.depth) : [];
    for (const l of bids) feed.sentBids.set(l.price, l.qty);
    for (const l of asks) feed.sentAsks.set(l.price, l.qty);
    session.send('W', (enc) => writeSnapshot(enc, this.dialect, feed.mdReqId, symbol, bids, asks, this.clock()));
    pair.feeds.add(feed);
    return feed;
  }

  /** Fault injection: every current subscription to `symbol` with a book gets a wrong 5041 on its next book
   * incremental. Returns how many subscriptions were armed. */
  corruptNextChecksum(symbol: string): number {
    let armed = 0;
    for (const feed of this.pairs.get(symbol)?.feeds ?? []) {
      if (!feed.book) continue;
      feed.corruptNextChecksum = true;
      armed++;
    }
    return armed;
  }

  close(feed: SymbolFeed): void {
    this.pairs.get(feed.symbol)?.feeds.delete(feed);
  }

  writeInstrumentList(session: SessionHandle, msg: FixMessage): void {
    const responseId = `IL${++this.responses}`;
    session.send('y', (enc) => writeInstrumentList(enc, this.engine, this.dialect, msg, responseId));
  }

  private publish(symbol: string, pair: PairState): void {
    const { mirror, pending } = pair;
    let checksum: number | undefined;
    // No copy of the set: a feed closed below is the one being visited, which a Set iteration allows.
    const book = this.book;
    for (const feed of pair.feeds) {
      book.length = 0;
      if (feed.book) {
        diffSide(feed.sentBids, mirror.bids, pending.bids, feed.depth, book);
        diffSide(feed.sentAsks, mirror.asks, pending.asks, feed.depth, book);
      }
      const trades = feed.trades ? pending.trades : NO_TRADES;
      if (book.length === 0 && trades.length === 0) continue;
      if (book.length > 0 && checksum === undefined) {
        checksum = mirror.checksum();
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
    book.length = 0;
  }
}
