// A TradingGateway in front of a real MatchingEngine with a fixed clock, with fake session handles that decode
// what the gateway sends: the FIX <-> engine mapping without sockets.
import { FixEncoder, FixParser, type FixMessage } from '../../../electron/fix/codec/index.js';
import type { AppMessageContext, SessionApplication, SessionHandle } from '../../../electron/fix/session/index.js';
import { MatchingEngine } from '../../../electron/sim/matching/index.js';
import { TradingGateway } from '../../../electron/sim/trading/trading-gateway.js';
import type { TradingDialect } from '../../../electron/sim/trading/write-report.js';
import { frame } from '../../support/fix-text.js';

export const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

export interface Sent {
  msgType: string;
  msg: FixMessage;
  get(tag: number): string | undefined;
}

export class FakeClient {
  readonly sent: Sent[] = [];
  private seq = 0;
  readonly app: SessionApplication;
  readonly handle: SessionHandle;

  constructor(
    gateway: TradingGateway,
    readonly compId: string,
  ) {
    this.app = gateway.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-TRD', targetCompId: compId });
    this.handle = {
      senderCompId: 'KRAKEN-TRD',
      targetCompId: compId,
      send: (msgType, write) => {
        const enc = new FixEncoder();
        enc.begin(msgType);
        write(enc);
        const buf = Buffer.from(enc.finish());
        const msg = new FixParser().parse(buf, 0, buf.length)!.detach();
        this.sent.push({ msgType, msg, get: (tag) => msg.getString(tag) });
        return this.sent.length;
      },
      logout: () => undefined,
    };
  }

  logon(): this {
    this.app.onLogon?.(this.handle);
    return this;
  }

  /** Sends "35=X|tag=value|…" as the client; returns what the gateway sent back for it. */
  request(fields: string): Sent[] {
    const before = this.sent.length;
    const buf = frame(fields);
    const msg = new FixParser().parse(buf, 0, buf.length)!;
    const ctx: AppMessageContext = { session: this.handle, seq: ++this.seq, possDup: false, possResend: false };
    const result = this.app.onAppMessage(msg, ctx);
    if (result === 'unsupported') throw new Error(`unsupported ${msg.msgType}`);
    return this.sent.slice(before);
  }

  get lastSeq(): number {
    return this.seq;
  }
}

export function setup(dialect: TradingDialect = 'kraken'): {
  gateway: TradingGateway;
  engine: MatchingEngine;
  logs: string[];
  client: (compId: string) => FakeClient;
} {
  const logs: string[] = [];
  const gateway = new TradingGateway({
    handle: (cmd) => engine.handle(cmd),
    dialect,
    onLog: (l) => logs.push(l),
    clock: () => NOW,
  });
  const engine = new MatchingEngine({ seed: 7, clock: { now: () => NOW }, onEvent: gateway.onEngineEvent });
  return { gateway, engine, logs, client: (compId) => new FakeClient(gateway, compId).logon() };
}

export const limit = (clOrdId: string, side: string, qty: string, px: string, extra = ''): string =>
  `35=D|11=${clOrdId}|55=BTC/USD|54=${side}|38=${qty}|40=2|44=${px}|59=1|60=20261124-12:00:00.000${extra}`;
