// The application of one market-data session of the simulator (CompID KRAKEN-MD): subscriptions (V), the
// InstrumentList (x) and TradingSessionStatus (g). Its subscriptions live and die with the connection.

import type { FixMessage } from '../../fix/codec/fix-message.js';
import type { AppMessageContext, AppMessageResult, SessionApplication, SessionHandle } from '../../fix/session/index.js';
import type { SymbolFeed } from './symbol-feed.js';
import { readMdRequest, MdRejectReason } from './md-request.js';
import type { SubscribeRequest } from './md-request.js';
import { writeReject } from './md-writers.js';

/** What a session needs from the hub. */
export interface FeedRegistry {
  isKnownSymbol(symbol: string): boolean;
  /** Creates the feed, sends its snapshot and starts its incrementals. */
  open(session: SessionHandle, request: SubscribeRequest, symbol: string): SymbolFeed;
  close(feed: SymbolFeed): void;
  writeInstrumentList(session: SessionHandle, msg: FixMessage): void;
}

export class MdSessionApplication implements SessionApplication {
  private readonly subscriptions = new Map<string, SymbolFeed[]>();

  constructor(private readonly registry: FeedRegistry) {}

  onAppMessage(msg: FixMessage, ctx: AppMessageContext): AppMessageResult {
    switch (msg.msgType) {
      case 'V':
        return this.onRequest(msg, ctx.session);
      case 'x':
        return this.registry.writeInstrumentList(ctx.session, msg);
      case 'g': {
        const reqId = msg.getString(335);
        ctx.session.send('h', (enc) => {
          if (reqId !== undefined) enc.str(335, reqId);
          enc.str(336, msg.getString(336) ?? 'SESSION').str(340, '2');
        });
        return;
      }
      default:
        return 'unsupported';
    }
  }

  onLogout(): void {
    this.closeAll();
  }

  onLogon(): void {
    this.closeAll();
  }

  private closeAll(): void {
    for (const feeds of this.subscriptions.values()) for (const f of feeds) this.registry.close(f);
    this.subscriptions.clear();
  }

  private onRequest(msg: FixMessage, session: SessionHandle): void {
    const request = readMdRequest(msg);
    const reject = (reason: MdRejectReason | undefined, text: string): void => {
      session.send('Y', (enc) => writeReject(enc, request.mdReqId, reason, text));
    };
    if (request.kind === 'reject') return reject(request.reason, request.text);
    const existing = this.subscriptions.get(request.mdReqId);
    if (request.kind === 'unsubscribe') {
      if (existing === undefined) return reject(undefined, `Unknown MDReqID ${request.mdReqId}`);
      for (const f of existing) this.registry.close(f);
      this.subscriptions.delete(request.mdReqId);
      return;
    }
    if (existing !== undefined) return reject(MdRejectReason.DuplicateMdReqId, `Duplicate MDReqID ${request.mdReqId}`);
    const unknown = request.symbols.find((s) => !this.registry.isKnownSymbol(s));
    if (unknown !== undefined) return reject(MdRejectReason.UnknownSymbol, `Unknown symbol ${unknown}`);
    const feeds: SymbolFeed[] = [];
    this.subscriptions.set(request.mdReqId, feeds);
    for (const symbol of request.symbols) feeds.push(this.registry.open(session, request, symbol));
  }
}
