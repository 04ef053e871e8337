// A matching engine wired to a MarketDataHub, and a fake session that records every message the hub sends as
// parsed fields (the bytes really go through FixEncoder and FixParser).
import type { FixEncoder } from '../../../electron/fix/codec/encoder.js';
import type { SessionApplication, SessionHandle } from '../../../electron/fix/session/index.js';
import { MarketDataHub } from '../../../electron/sim/market-data/index.js';
import type { MdDialect } from '../../../electron/sim/market-data/index.js';
import { MatchingEngine } from '../../../electron/sim/matching/index.js';
import { bodyFields, encode, MakerOrders } from '../sim-support/md-rig-parts.js';

export interface Sent {
  msgType: string;
  fields: Array<[number, string]>;
}

export class FakeSession implements SessionHandle {
  readonly senderCompId = 'KRAKEN-MD';
  readonly targetCompId = 'CLIENT';
  readonly sent: Sent[] = [];
  private seq = 0;

  send(msgType: string, writeBody: (enc: FixEncoder) => void): number {
    const msg = encode(msgType, writeBody);
    this.sent.push({ msgType, fields: bodyFields(msg) });
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
  private readonly makers: MakerOrders;

  constructor(dialect: MdDialect = 'kraken') {
    const route: { hub?: MarketDataHub } = {};
    this.engine = new MatchingEngine({
      onEvent: () => {},
      onMarketData: (e) => route.hub?.onMarketData(e),
      clock: { now: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678) },
    });
    this.makers = new MakerOrders(this.engine);
    this.hub = new MarketDataHub(this.engine, { dialect, clock: () => Date.UTC(2026, 0, 2, 3, 4, 5, 678) });
    route.hub = this.hub;
    this.app = this.hub.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-MD', targetCompId: 'CLIENT' });
    this.app.onLogon?.(this.session);
  }

  /** A resting limit order of an anonymous maker; returns its ClOrdID. */
  limit(...order: Parameters<MakerOrders['limit']>): string {
    return this.makers.limit(...order);
  }

  cancel(...order: Parameters<MakerOrders['cancel']>): void {
    this.makers.cancel(...order);
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
