// A matching engine wired to a MarketDataHub, and a fake session that records every message the hub sends as
// parsed fields (the bytes really go through FixEncoder and FixParser).
import { FixEncoder } from '../../../electron/fix/codec/encoder.js';
import { FixParser } from '../../../electron/fix/codec/parser.js';
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import type { SessionApplication, SessionHandle } from '../../../electron/fix/session/index.js';
import { MarketDataHub } from '../../../electron/sim/market-data/index.js';
import type { MdDialect } from '../../../electron/sim/market-data/index.js';
import { MatchingEngine } from '../../../electron/sim/matching/index.js';
import type { Side } from '../../../electron/sim/matching/index.js';

export interface Sent {
  msgType: string;
  fields: Array<[number, string]>;
}

export function encode(msgType: string, body: (enc: FixEncoder) => void): FixMessage {
  const enc = new FixEncoder();
  enc.begin(msgType);
  body(enc);
  const bytes = enc.finish();
  const msg = new FixParser().parse(bytes, 0, bytes.length);
  if (msg === null) throw new Error('unparsable test message');
  return msg.detach();
}

export class FakeSession implements SessionHandle {
  readonly senderCompId = 'KRAKEN-MD';
  readonly targetCompId = 'CLIENT';
  readonly sent: Sent[] = [];
  private seq = 0;

  send(msgType: string, writeBody: (enc: FixEncoder) => void): number {
    const msg = encode(msgType, writeBody);
    this.sent.push({ msgType, fields: msg.fields().filter(([t]) => t !== 8 && t !== 9 && t !== 35 && t !== 10) });
    return ++this.seq;
  }

  logout(): void {}

  take(): Sent[] {
    return this.sent.splice(0);
  }
}

export class MdRig {
  readonly engine: MatchingEngine;
  readonly hub: MarketDataHub;
  readonly session = new FakeSession();
  readonly app: SessionApplication;
  private ids = 0;

  constructor(dialect: MdDialect = 'kraken') {
    const route: { hub?: MarketDataHub } = {};
    this.engine = new MatchingEngine({
      onEvent: () => {},
      onMarketData: (e) => route.hub?.onMarketData(e),
      clock: { now: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678) },
    });
    this.hub = new MarketDataHub(this.engine, { dialect, clock: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678) });
    route.hub = this.hub;
    this.app = this.hub.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-MD', targetCompId: 'CLIENT' });
    this.app.onLogon?.(this.session);
  }

  /** A resting limit order of an anonymous maker; returns its ClOrdID. */
  limit(side: Side, price: string, qty: string, symbol = 'BTC/USD', client = 'MAKER'): string {
    const clOrdId = `c${++this.ids}`;
    this.engine.handle({
      type: 'new-order',
      owner: { clientId: client, sessionId: client },
      clOrdId,
      symbol,
      side,
      ordType: '2',
      orderQty: qty,
      price,
    });
    return clOrdId;
  }

  cancel(clOrdId: string, symbol = 'BTC/USD', client = 'MAKER'): void {
    this.engine.handle({
      type: 'cancel',
      owner: { clientId: client, sessionId: client },
      clOrdId: `x${++this.ids}`,
      origClOrdId: clOrdId,
      symbol,
    });
  }

  request(fields: Array<[number, string]>): void {
    const msg = encode('V', (enc) => {
      for (const [t, v] of fields) enc.str(t, v);
    });
    this.app.onAppMessage(msg, { session: this.session, seq: 1, possDup: false, possResend: false });
  }

  message(msgType: string, fields: Array<[number, string]>): ReturnType<SessionApplication['onAppMessage']> {
    const msg = encode(msgType, (enc) => {
      for (const [t, v] of fields) enc.str(t, v);
    });
    return this.app.onAppMessage(msg, { session: this.session, seq: 1, possDup: false, possResend: false });
  }

  subscribe(mdReqId: string, depth: string, types: string[], symbols: string[] = ['BTC/USD']): void {
    this.request([
      [262, mdReqId],
      [263, '1'],
      [264, depth],
      [265, '1'],
      [267, String(types.length)],
      ...types.map((t): [number, string] => [269, t]),
      [146, String(symbols.length)],
      ...symbols.map((s): [number, string] => [55, s]),
    ]);
  }
}

/** Entries of a W or X as objects keyed by tag (each entry starts at its delimiter: 269 in W, 279 in X). */
export function entries(m: Sent): Array<Map<number, string>> {
  const delimiter = m.msgType === 'W' ? 269 : 279;
  const out: Array<Map<number, string>> = [];
  let seenCount = false;
  for (const [t, v] of m.fields) {
    if (t === 268) {
      seenCount = true;
      continue;
    }
    if (!seenCount) continue;
    if (t === delimiter) out.push(new Map());
    out[out.length - 1]?.set(t, v);
  }
  return out;
}

export function entryText(m: Sent): string[] {
  return entries(m).map((e) => [...e].map(([t, v]) => `${t}=${v}`).join('|'));
}
