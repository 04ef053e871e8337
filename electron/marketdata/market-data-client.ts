// The workstation's market-data client (main process, plain Node): subscribes symbols on the venue's market-data
// session (35=V, one MDReqID per symbol), lists instruments (35=x → 35=y), and keeps per symbol an L2 book, a
// time-and-sales tape and one-minute candles from W/X. A book whose Kraken checksum fails is resubscribed
// (unsubscribe + subscribe under a new MDReqID) and recovers with the new snapshot; every subscription is sent
// again after a reconnect. It is the MD session's SessionApplication; `send` is that session's send.

import type { FixEncoder } from '../fix/codec/encoder.js';
import type { FixMessage } from '../fix/codec/fix-message.js';
import type { AppMessageResult, SessionApplication } from '../fix/session/session-application.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { BookFrame, Candle, TradePrint } from '../../shared/domain/market-data.js';
import type { MarketDataRequest } from '../../shared/ipc/commands.js';
import type { Notice } from '../../shared/ipc/streams.js';
import { MdReader, type TargetResolver } from './md-reader.js';
import {
  clampDepth,
  MAX_DEPTH,
  wireDepth,
  writeSecurityListRequest,
  writeSubscribe,
  writeUnsubscribe,
} from './md-requests.js';
import {
  newStats,
  type MarketDataClientOptions,
  type MarketDataPorts,
  type MarketDataStats,
} from './market-data-ports.js';
import { rejectText } from './reject-text.js';
import { InstrumentCatalog } from './instrument-catalog.js';
import { readSecurityList } from './security-list.js';
import { SymbolMarket, type MarketDataListener } from './symbol-market.js';

export type { MarketDataClientOptions, MarketDataPorts, MarketDataStats } from './market-data-ports.js';

export class MarketDataClient implements SessionApplication {
  private readonly markets = new Map<string, SymbolMarket>();
  private readonly byReqId = new Map<string, SymbolMarket>();
  private readonly listeners: MarketDataListener[] = [];
  private readonly reader = new MdReader();
  private readonly now: () => number;
  private readonly staleAfterMs: number;
  private readonly tapeSize: number;
  private readonly candleLimit: number;
  private readonly idPrefix = `md${Date.now().toString(36)}-`;
  private ids = 0;
  private sessionUp = false;
  private heardAt = 0;
  private readonly catalog = new InstrumentCatalog();
  readonly stats: MarketDataStats = newStats();
  /** MDReqID of the message being read, for `resolve`. */
  private msgReqId = '';
  private readonly resolve: TargetResolver = (symbol) => {
    const m = symbol === undefined ? this.byReqId.get(this.msgReqId) : this.markets.get(symbol);
    return m !== undefined && m.answersTo(this.msgReqId) ? m : undefined;
  };

  constructor(
    private readonly ports: MarketDataPorts,
    options: MarketDataClientOptions = {},
  ) {
    this.now = ports.now ?? Date.now;
    this.staleAfterMs = options.staleAfterMs ?? 10_000;
    this.tapeSize = options.tapeSize ?? 500;
    this.candleLimit = options.candleLimit ?? 1440;
  }

  // ---- commands (from the workstation core)

  /** Starts (or re-sizes) a symbol's subscription; sent now if logged on, else at the next logon. */
  subscribe(request: MarketDataRequest): { readonly symbol: string } {
    const depth = clampDepth(request.depth);
    const existing = this.markets.get(request.symbol);
    if (existing !== undefined) {
      existing.depth = depth;
      if (wireDepth(depth) !== existing.book.depth) this.resubscribe(existing, wireDepth(depth));
      existing.bookChanged();
      return { symbol: request.symbol };
    }
    const info = this.catalog.find(request.symbol);
    const market = new SymbolMarket(request.symbol, {
      depth,
      wireDepth: wireDepth(depth),
      tapeSize: this.tapeSize,
      candleLimit: this.candleLimit,
      ...(info === undefined ? {} : { priceDecimals: info.priceDecimals, qtyDecimals: info.qtyDecimals }),
      now: this.now,
      listeners: this.listeners,
      onResyncNeeded: (m) => this.onChecksumMismatch(m),
    });
    this.markets.set(request.symbol, market);
    if (this.sessionUp) this.open(market);
    return { symbol: request.symbol };
  }

  unsubscribe(symbol: string): { readonly symbol: string } {
    const market = this.markets.get(symbol);
    if (market === undefined) return { symbol };
    this.markets.delete(symbol);
    this.close(market);
    return { symbol };
  }

  /** Asks for every instrument (35=x 559=4); the answer arrives through `ports.instruments`. */
  requestInstruments(): string | null {
    const id = this.nextId();
    return this.trySend('x', (enc) => writeSecurityListRequest(enc, id)) ? id : null;
  }

  /** Instrument rules from elsewhere (a FIX 4.4 venue's profile): the checksum precisions of books. A later
   * SecurityList replaces them, except for symbols it lists without rules. */
  setInstruments(list: readonly InstrumentInfo[]): void {
    this.catalog.set(list);
    this.applyPrecisions();
  }

  instruments(): readonly InstrumentInfo[] {
    return this.catalog.list;
  }

  // ---- session events (the MD session's application)

  onLogon(): void {
    this.sessionUp = true;
    this.heardAt = this.now();
    this.requestInstruments();
    for (const market of this.markets.values()) {
      // MDReqIDs of the last connection mean nothing on this one.
      if (market.retiredReqId !== '') this.byReqId.delete(market.retiredReqId);
      market.retiredReqId = '';
      this.open(market);
    }
  }

  onLogout(): void {
    this.setSessionUp(false);
  }

  /** Session down: every book is stale until its next snapshot. Up again comes with onLogon. */
  setSessionUp(up: boolean): void {
    if (this.sessionUp === up) return;
    this.sessionUp = up;
    if (!up) for (const m of this.markets.values()) m.bookChanged();
  }

  /** Proof of life without book traffic (an inbound heartbeat): quiet books are not stale. */
  noteHeartbeat(now = this.now()): void {
    this.heardAt = now;
  }

  onAppMessage(msg: FixMessage): AppMessageResult {
    this.stats.messages++;
    switch (msg.msgType) {
      case 'X':
        return this.onIncremental(msg);
      case 'W':
        return this.onSnapshot(msg);
      case 'Y':
        return this.onReject(msg);
      case 'y':
        return this.onSecurityList(msg);
      case 'h':
        return;
      default:
        return 'unsupported';
    }
  }

  // ---- views (for the coalescer and the core's commands)

  listen(listener: MarketDataListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  symbols(): IterableIterator<string> {
    return this.markets.keys();
  }

  market(symbol: string): SymbolMarket | undefined {
    return this.markets.get(symbol);
  }

  isStale(symbol: string, now = this.now()): boolean {
    const m = this.markets.get(symbol);
    if (m === undefined || !this.sessionUp || !m.book.hasSnapshot) return true;
    return now - Math.max(m.book.updatedAt, this.heardAt) > this.staleAfterMs;
  }

  /** The book as the renderer gets it: best `levels` a side (default the subscribed depth, at most 100). */
  bookFrame(symbol: string, now = this.now(), levels?: number): BookFrame | null {
    const m = this.markets.get(symbol);
    if (m === undefined) return null;
    const top = m.book.top(Math.min(levels ?? m.depth, m.depth, MAX_DEPTH));
    return {
      symbol,
      bids: top.bids,
      asks: top.asks,
      updatedAt: m.book.updatedAt,
      stale: this.isStale(symbol, now),
      resyncing: m.book.resyncing,
    };
  }

  /** Best bid and ask (risk's touch), or null without a live book. */
  touch(symbol: string): { readonly bid: string | null; readonly ask: string | null } | null {
    const book = this.markets.get(symbol)?.book;
    if (book === undefined || !book.hasSnapshot) return null;
    return { bid: book.bestBid(), ask: book.bestAsk() };
  }

  /** Time and sales and candles kept for a symbol, oldest first (marketHistory). */
  history(symbol: string): { readonly trades: readonly TradePrint[]; readonly candles: readonly Candle[] } {
    const m = this.markets.get(symbol);
    return { trades: m?.tape.toArray() ?? [], candles: m?.candles.toArray() ?? [] };
  }

  // ---- inbound

  private onIncremental(msg: FixMessage): void {
    const at = msg.indexOf(262);
    this.msgReqId = at < 0 ? '' : msg.internAt(at);
    const r = this.reader.readIncremental(msg, this.resolve, this.now());
    this.stats.levels += r.levels;
    this.stats.trades += r.trades;
    this.stats.skipped += r.skipped;
    this.stats.checksumsOk += r.checksumsOk;
  }

  private onSnapshot(msg: FixMessage): void {
    const market = this.byReqId.get(msg.getString(262) ?? '');
    if (market === undefined || market.mdReqId !== msg.getString(262)) return;
    const recovering = market.book.resyncing;
    this.reader.readSnapshot(msg, market, this.now());
    this.stats.snapshots++;
    if (market.retiredReqId !== '') {
      this.byReqId.delete(market.retiredReqId);
      market.retiredReqId = '';
    }
    if (recovering) this.notice('info', `${market.symbol} book resynchronised from a fresh snapshot`, market.symbol);
    market.bookChanged();
  }

  private onReject(msg: FixMessage): void {
    this.stats.rejects++;
    const reqId = msg.getString(262) ?? '';
    const market = this.byReqId.get(reqId);
    if (market === undefined || market.mdReqId !== reqId) return;
    this.byReqId.delete(reqId);
    if (market.retiredReqId !== '') this.byReqId.delete(market.retiredReqId);
    this.markets.delete(market.symbol);
    this.notice(
      'error',
      `Market data for ${market.symbol} refused: ${rejectText(msg.getString(281), msg.getString(58))}`,
      market.symbol,
    );
  }

  private onSecurityList(msg: FixMessage): void {
    const page = readSecurityList(msg);
    if (page.result !== '0') {
      this.notice(
        'warning',
        `Instrument list refused (560=${page.result})${page.text ? `: ${page.text}` : ''}`,
        'instruments',
      );
      return;
    }
    const complete = this.catalog.accept(page);
    if (complete === null) return;
    this.applyPrecisions();
    this.ports.instruments?.(complete.list, complete.incomplete);
  }

  private applyPrecisions(): void {
    for (const info of this.catalog.list) {
      this.markets.get(info.symbol)?.book.setPrecisions(info.priceDecimals, info.qtyDecimals);
    }
  }

  // ---- subscriptions

  private onChecksumMismatch(market: SymbolMarket): void {
    this.stats.checksumMismatches++;
    this.notice(
      'warning',
      `${market.symbol} book failed its checksum (5041); requesting a fresh snapshot`,
      market.symbol,
    );
    this.resubscribe(market);
  }

  /** Unsubscribe the current MDReqID and subscribe under a new one (resync, depth change). */
  private resubscribe(market: SymbolMarket, depth = market.book.depth): void {
    const before = market.book.depth;
    market.book.depth = depth;
    if (!this.sessionUp || market.mdReqId === '') return;
    const old = market.mdReqId;
    this.trySend('V', (enc) => writeUnsubscribe(enc, old, market.symbol, before));
    if (market.retiredReqId !== '') this.byReqId.delete(market.retiredReqId);
    market.retiredReqId = old;
    this.open(market);
  }

  private open(market: SymbolMarket): void {
    if (market.mdReqId !== '' && market.mdReqId !== market.retiredReqId) this.byReqId.delete(market.mdReqId);
    const id = this.nextId();
    market.mdReqId = id;
    market.book.hasSnapshot = false;
    this.byReqId.set(id, market);
    this.trySend('V', (enc) => writeSubscribe(enc, id, market.symbol, market.book.depth));
  }

  private close(market: SymbolMarket): void {
    for (const id of [market.mdReqId, market.retiredReqId]) if (id !== '') this.byReqId.delete(id);
    if (this.sessionUp && market.mdReqId !== '') {
      const id = market.mdReqId;
      this.trySend('V', (enc) => writeUnsubscribe(enc, id, market.symbol, market.book.depth));
    }
    market.mdReqId = '';
    market.retiredReqId = '';
  }

  private trySend(msgType: string, write: (enc: FixEncoder) => void): boolean {
    try {
      this.ports.send(msgType, write);
      return true;
    } catch {
      // Not logged on after all: every subscription goes out again with the next onLogon.
      return false;
    }
  }

  private nextId(): string {
    return this.idPrefix + String(++this.ids);
  }

  private notice(level: Notice['level'], text: string, symbol: string): void {
    this.ports.notice?.({
      level,
      text,
      time: this.now(),
      topic: symbol === 'instruments' ? 'instruments' : `book:${symbol}`,
    });
  }
}
