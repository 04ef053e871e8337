// The simulator's MarketDataHub and our MarketDataClient joined back to back without sockets: every message is
// really encoded (FixEncoder) and parsed (FixParser) on the way. What the hub sends is queued and delivered by
// pump(), as a socket would deliver it later; what the client sends reaches the hub at once.
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import type { SessionApplication, SessionHandle } from '../../../electron/fix/session/index.js';
import { MarketDataClient, type MarketDataClientOptions } from '../../../electron/marketdata/index.js';
import { MarketDataHub, type MdDialect } from '../../../electron/sim/market-data/index.js';
import { MatchingEngine } from '../../../electron/sim/matching/index.js';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { Notice } from '../../../shared/ipc/streams.js';
import { bodyFields, encode, MakerOrders } from '../sim-support/md-rig-parts.js';

export { bodyFields, encode };

export const T0 = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

export class MdLoop {
  readonly engine: MatchingEngine;
  readonly hub: MarketDataHub;
  readonly app: SessionApplication;
  readonly client: MarketDataClient;
  /** What the client sent, in order. */
  readonly sent: FixMessage[] = [];
  /** What the hub sent, in order (kept after delivery). */
  readonly received: FixMessage[] = [];
  readonly notices: Notice[] = [];
  readonly lists: Array<{ list: readonly InstrumentInfo[]; incomplete: readonly string[] }> = [];
  private readonly queue: FixMessage[] = [];
  private readonly server: SessionHandle;
  private readonly makers: MakerOrders;
  now = T0;
  up = false;

  constructor(dialect: MdDialect = 'kraken', options: MarketDataClientOptions = {}) {
    const route: { hub?: MarketDataHub } = {};
    this.engine = new MatchingEngine({
      onEvent: () => {},
      onMarketData: (e) => route.hub?.onMarketData(e),
      clock: { now: () => this.now },
    });
    this.makers = new MakerOrders(this.engine);
    this.hub = new MarketDataHub(this.engine, { dialect, clock: () => this.now });
    route.hub = this.hub;
    this.app = this.hub.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-MD', targetCompId: 'CLIENT' });
    this.server = {
      senderCompId: 'KRAKEN-MD',
      targetCompId: 'CLIENT',
      send: (msgType, write) => {
        const msg = encode(msgType, write);
        this.queue.push(msg);
        this.received.push(msg);
        return this.received.length;
      },
      logout: () => {},
    };
    this.client = new MarketDataClient(
      {
        send: (msgType, write) => {
          if (!this.up) throw new Error('not logged on');
          const msg = encode(msgType, write);
          this.sent.push(msg);
          this.app.onAppMessage(msg, {
            session: this.server,
            seq: this.sent.length,
            possDup: false,
            possResend: false,
          });
          return this.sent.length;
        },
        now: () => this.now,
        notice: (n) => this.notices.push(n),
        instruments: (list, incomplete) => this.lists.push({ list, incomplete }),
      },
      options,
    );
  }

  logon(): void {
    this.up = true;
    this.app.onLogon?.(this.server);
    this.client.onLogon();
    this.pump();
  }

  /** The connection drops: both ends hear of it; what the hub had queued is lost with the socket. */
  drop(): void {
    this.up = false;
    this.queue.length = 0;
    this.app.onLogout?.(this.server, 'dropped');
    this.client.onLogout();
  }

  /** Deliver everything the hub has sent so far (and whatever the client's reactions make it send). */
  pump(): number {
    let n = 0;
    for (let msg = this.queue.shift(); msg !== undefined; msg = this.queue.shift()) {
      this.client.onAppMessage(msg);
      n++;
    }
    return n;
  }

  /** Take what the hub sent without delivering it (to tamper with or reorder). */
  takeQueued(): FixMessage[] {
    return this.queue.splice(0);
  }

  deliver(msg: FixMessage): void {
    this.client.onAppMessage(msg);
  }

  /** A resting limit order of an anonymous maker; returns its ClOrdID. */
  limit(...order: Parameters<MakerOrders['limit']>): string {
    return this.makers.limit(...order);
  }

  cancel(...order: Parameters<MakerOrders['cancel']>): void {
    this.makers.cancel(...order);
  }
}
