// The order-entry side of our initiator in the interop tests, standing in for the OMS: sends a numbered run of
// NewOrderSingles (built with FixEncoder through session.send) with a bounded number awaiting their
// ExecutionReport, and keeps the ledger of ExecutionReports per ClOrdID. It outlives any one Session object, as an
// OMS outlives a reconnection or a restart of the FIX session: that is why PossDup repeats can be recognised.
import { formatUtcTimestamp } from '../../../electron/fix/codec/index.js';
import type { FixMessage } from '../../../electron/fix/codec/index.js';
import {
  SessionNotActiveError,
  type AppMessageContext,
  type SessionApplication,
  type SessionHandle,
} from '../../../electron/fix/session/index.js';

export interface ErRecord {
  clOrdId: string;
  seq: number;
  possDup: boolean;
  execType: string | undefined;
  ordStatus: string | undefined;
  leavesQty: string | undefined;
}

export class ErLedger {
  /** Every ExecutionReport delivered to the application, in order. */
  readonly all: ErRecord[] = [];
  /** The one that counts, per ClOrdID. */
  readonly first = new Map<string, ErRecord>();
  /** PossDup repeats of an ExecutionReport already had: dropped here, as an OMS does. */
  readonly deduped: ErRecord[] = [];
  /** Repeats WITHOUT PossDup: the peer (or our session) delivered one ExecutionReport twice. A defect. */
  readonly unflaggedRepeats: ErRecord[] = [];

  /** Returns true when the report is new. */
  record(msg: FixMessage, ctx: AppMessageContext): boolean {
    const r: ErRecord = {
      clOrdId: msg.getString(11) ?? '-',
      seq: ctx.seq,
      possDup: ctx.possDup,
      execType: msg.getString(150),
      ordStatus: msg.getString(39),
      leavesQty: msg.getString(151),
    };
    this.all.push(r);
    if (!this.first.has(r.clOrdId)) {
      this.first.set(r.clOrdId, r);
      return true;
    }
    (r.possDup ? this.deduped : this.unflaggedRepeats).push(r);
    return false;
  }
}

export interface SentOrder {
  clOrdId: string;
  seq: number;
}

/** Sends `<prefix>-1..<prefix>-<count>`, keeping at most `window` without an ExecutionReport. */
export class OrderFlow {
  readonly ledger = new ErLedger();
  readonly sent: SentOrder[] = [];
  /** Other application messages received (BusinessMessageReject would land here). */
  readonly otherApp: string[] = [];
  private next = 1;
  private current: SessionHandle | null = null;
  /** Called after each order is sent (tests pick their crash moments here). */
  onSent: (order: SentOrder) => void = () => undefined;

  constructor(
    readonly prefix: string,
    readonly count: number,
    readonly window: number,
  ) {}

  id(i: number): string {
    return `${this.prefix}-${i}`;
  }

  get allSent(): boolean {
    return this.next > this.count;
  }

  get outstanding(): number {
    return this.sent.filter((o) => !this.ledger.first.has(o.clOrdId)).length;
  }

  /** Every order 1..count has its ExecutionReport. */
  get complete(): boolean {
    return this.allSent && this.ledger.first.size >= this.count && this.missing().length === 0;
  }

  missing(): string[] {
    const out: string[] = [];
    for (let i = 1; i <= this.count; i++) if (!this.ledger.first.has(this.id(i))) out.push(this.id(i));
    return out;
  }

  /** The application of one Session object; a new one is made for every Session on the same flow. */
  application(): SessionApplication {
    return {
      onLogon: (session) => {
        this.current = session;
        this.pump();
      },
      onLogout: (session) => {
        if (this.current === session) this.current = null;
      },
      onAppMessage: (msg, ctx) => {
        if (msg.msgType !== '8') {
          this.otherApp.push(msg.toString());
          return;
        }
        this.ledger.record(msg, ctx);
        this.current = ctx.session;
        this.pump();
      },
    };
  }

  /** One more order now, whatever the window (tests use it to put an order on the wire at a chosen moment). */
  sendOne(): SentOrder | undefined {
    this.pump(this.outstanding + 1);
    return this.sent.at(-1);
  }

  /** Sends while logged on and under the window. Sending from inside the session's callbacks is allowed. */
  pump(window = this.window): void {
    const s = this.current;
    if (s === null) return;
    while (!this.allSent && this.outstanding < window) {
      const clOrdId = this.id(this.next);
      let seq: number;
      try {
        seq = s.send('D', (enc) =>
          enc
            .str(11, clOrdId)
            .str(55, 'BTC/USD')
            .str(54, '1')
            .str(38, '1')
            .str(40, '2')
            .str(44, '100')
            .str(59, '1')
            .str(60, formatUtcTimestamp(Date.now())),
        );
      } catch (err) {
        if (err instanceof SessionNotActiveError) return;
        throw err;
      }
      this.next++;
      const order = { clOrdId, seq };
      this.sent.push(order);
      this.onSent(order);
    }
  }

  /** The session this flow sends through went away (crash, restart): forget it until the next logon. */
  detach(): void {
    this.current = null;
  }
}
