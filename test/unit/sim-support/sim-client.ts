// Our engine's initiator (Session over a verified TLS Connector) logged on to the embedded exchange, trading or
// market data, for the simulator's integration tests and its soak. It records what a reliability check needs:
// application messages in delivery order, every ResendRequest we sent, session Rejects either way, garbled drops.
import type { FixMessage } from '../../../electron/fix/codec/index.js';
import { formatUtcTimestamp } from '../../../electron/fix/codec/index.js';
import { Session, SessionState, type RejectRecord } from '../../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../../electron/fix/store/memory-store.js';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { krakenLogonHook } from '../../../electron/venue/kraken/logon-fields.js';
import { NonceSource } from '../../../electron/venue/kraken/nonce.js';
import type { RunningExchange } from '../../../electron/sim/exchange.js';

export type SimSide = 'trading' | 'md';

const STAMPED: ReadonlySet<string> = new Set(['D', 'F', 'G', 'q']);

export interface SimClientOptions {
  ex: RunningExchange;
  /** PEM of the exchange's certificate, the only trust anchor. */
  ca: string;
  compId: string;
  side: SimSide;
  /** Keep every application message in `inbound` and its number in `appSeqs` (default true; the soak counts
   * instead). */
  keep?: boolean;
  onApp?: (msg: FixMessage, possDup: boolean) => void;
  heartBtIntSec?: number;
}

export class SimClient {
  readonly session: Session;
  readonly inbound: FixMessage[] = [];
  /** MsgSeqNum of every application message delivered, in order (a replayed one shows up here once). */
  readonly appSeqs: number[] = [];
  readonly resendRequests: Array<{ begin: number; end: number }> = [];
  readonly rejects: RejectRecord[] = [];
  readonly garbled: string[] = [];
  readonly events: string[] = [];
  /** Messages received with 43=Y (replays and gap fills). */
  possDupIn = 0;
  appCount = 0;
  refusal: string | undefined;
  private readonly nonces = new NonceSource();

  constructor(private readonly o: SimClientOptions) {
    const target = o.side === 'trading' ? 'KRAKEN-TRD' : 'KRAKEN-MD';
    const hook =
      o.side === 'trading'
        ? krakenLogonHook({ session: 'trading', apiKey: o.ex.apiKey!, apiSecret: () => o.ex.apiSecret! }, this.nonces)
        : krakenLogonHook({ session: 'market-data' });
    this.session = new Session({
      role: 'initiator',
      senderCompId: o.compId,
      targetCompId: target,
      store: new MemoryMessageStore(),
      resetOnLogon: true,
      heartBtIntSec: o.heartBtIntSec ?? 30,
      logonHook: {
        decorateLogon: (enc, ctx) =>
          hook(enc, { msgSeqNum: ctx.seq, senderCompId: ctx.senderCompId, targetCompId: ctx.targetCompId }),
      },
      application: {
        onAppMessage: (msg, ctx) => {
          this.appCount++;
          if (this.o.keep !== false) {
            this.appSeqs.push(ctx.seq);
            this.inbound.push(msg.detach());
          }
          this.o.onApp?.(msg, ctx.possDup);
        },
      },
    });
    const s = this.session;
    s.on('logonRefused', (r) => (this.refusal = r.text ?? '(no text)'));
    s.on('reject', (r) => void this.rejects.push(r));
    s.on('garbled', (g) => void this.garbled.push(g.reason));
    s.on('event', (e) => {
      this.events.push(e.text);
      if (this.events.length > 200) this.events.splice(0, 100);
    });
    s.on('message', (m) => {
      if (m.direction === 'in' && m.possDup) this.possDupIn++;
      if (m.direction === 'out' && m.msgType === '2') {
        const text = m.raw.toString('latin1');
        this.resendRequests.push({
          begin: Number(/\x017=(\d+)/.exec(text)?.[1]),
          end: Number(/\x0116=(\d+)/.exec(text)?.[1]),
        });
      }
    });
  }

  static async connect(o: SimClientOptions): Promise<SimClient> {
    const c = new SimClient(o);
    await c.connect();
    return c;
  }

  /** A new connection for this session (first logon or after a disconnect); resolves logged on or refused. */
  async connect(): Promise<void> {
    this.refusal = undefined;
    const transport = await new Connector({
      host: '127.0.0.1',
      port: this.o.side === 'trading' ? this.o.ex.tradingPort : this.o.ex.mdPort,
      tls: { ca: this.o.ca },
    }).connect();
    this.session.connecting();
    this.session.connected(transport);
    await until(
      () => this.session.state === SessionState.Active || this.refusal !== undefined,
      `${this.o.compId} logged on or refused`,
      () => this.describe(),
    );
  }

  /** Sends an application message; D, F, G and q get TransactTime (60) at the end, as FIX 4.4 requires. */
  send(msgType: string, fields: ReadonlyArray<readonly [number, string]>): number {
    return this.session.send(msgType, (enc) => {
      for (const [tag, value] of fields) enc.str(tag, value);
      if (STAMPED.has(msgType)) enc.str(60, formatUtcTimestamp(Date.now()));
    });
  }

  /** The first application message after index `from` that `pick` accepts. */
  async next(from: number, pick: (m: FixMessage) => boolean, what: string): Promise<FixMessage> {
    let found: FixMessage | undefined;
    await until(
      () => (found = this.inbound.slice(from).find(pick)) !== undefined,
      what,
      () => this.describe(),
    );
    return found!;
  }

  async waitFor(check: () => boolean, what: string): Promise<void> {
    await until(check, what, () => this.describe());
  }

  /** A TestRequest answered: everything we sent before it has been processed by the exchange. */
  async roundTrip(): Promise<void> {
    let answered = false;
    const off = this.session.on('testRequestLatency', (e) => {
      if (e.testReqId === id) answered = true;
    });
    const id = this.session.sendTestRequest();
    try {
      await this.waitFor(() => answered, `the Heartbeat answering TestRequest ${id}`);
    } finally {
      off();
    }
  }

  async logout(): Promise<void> {
    this.session.logout('test done');
    await this.waitFor(() => this.session.state === SessionState.Disconnected, `${this.o.compId} logged out`);
  }

  describe(): string {
    return (
      `${this.o.compId}: ${this.session.state}, next out ${this.session.nextSenderSeq}, next in ${this.session.nextTargetSeq}\n  ` +
      this.events.slice(-25).join('\n  ') +
      `\n  last inbound:\n  ${this.inbound
        .slice(-5)
        .map((m) => m.toString())
        .join('\n  ')}`
    );
  }
}

/** Polls `check` every few milliseconds until it holds; the deadline is a failure guard, not a timing claim. */
export function until(check: () => boolean, what: string, describe: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) return resolve();
      if (Date.now() > deadline)
        return reject(new Error(`waiting for ${what}: not within ${timeoutMs} ms\n${describe()}`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

export { SessionState };
