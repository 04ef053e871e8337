// Builds and emits the engine's order-entry events: one place that stamps ExecIDs and TransactTime, so every
// report is unique and every reject carries Kraken's text and BusinessRejectReason.

import type { Refusal } from './amounts.js';
import type { MatchingClock } from './clock.js';
import type { Owner } from './commands.js';
import type { CancelReason } from './reasons.js';
import { CANCEL_TEXT, EXPIRED_TEXT, REJECTS, TRIGGERED_TEXT } from './reasons.js';
import type { EngineEvent } from './events.js';
import { ExecType, OrdStatus } from './fix-codes.js';
import type { MassCancelScope, RequestMsgType } from './fix-codes.js';
import type { Fee } from './fees.js';
import { KrakenIdGenerator } from './id-generator.js';
import type { Order } from './order.js';
import { snapshotOf } from './order-snapshot.js';
import { formatScaled } from './decimal/scaled.js';

export type EngineEventSink = (event: EngineEvent) => void;

/** Whether anyone reads the reports of an owner (a synthetic participant's have no FIX session to go to). */
export type ReportFilter = (owner: Owner) => boolean;

export interface FillInfo {
  qty: bigint;
  price: bigint;
  tradeSeq: number;
  tradeId: string;
  liquidity: 'maker' | 'taker';
  fee: Fee;
  counterOrderId: string;
}

export class Reporter {
  private readonly execIds: KrakenIdGenerator;

  constructor(
    private readonly sink: EngineEventSink,
    private readonly clock: MatchingClock,
    seed: number,
    private readonly filter?: ReportFilter,
  ) {
    this.execIds = new KrakenIdGenerator('E', seed, 2);
  }

  /** Is a report for this owner read by anyone? Without a filter, every owner's is. */
  wants(owner: Owner): boolean {
    return this.filter === undefined || this.filter(owner);
  }

  /**
   * An execution report nobody reads is not built (its snapshot formats every amount), but its ExecID is used up
   * all the same: the ExecIDs the others see stay those the same seed and commands always gave.
   */
  skip(): void {
    this.execIds.skip();
  }

  private base(order: Order, ordStatus?: OrdStatus) {
    return {
      execId: this.execIds.next(),
      owner: order.owner,
      transactTime: this.clock.now(),
      order: snapshotOf(order, ordStatus),
    };
  }

  accepted(order: Order): void {
    if (!this.wants(order.owner)) return this.skip();
    const execType = order.phase === 'pending' ? ExecType.PendingNew : ExecType.New;
    this.sink({ kind: 'accepted', execType, ...this.base(order) });
  }

  trade(order: Order, fill: FillInfo): void {
    if (!this.wants(order.owner)) return this.skip();
    const { priceDecimals, lotDecimals } = order.instrument;
    this.sink({
      kind: 'trade',
      execType: ExecType.Trade,
      ...this.base(order),
      lastQty: formatScaled(fill.qty, lotDecimals),
      lastPx: formatScaled(fill.price, priceDecimals),
      tradeSeq: fill.tradeSeq,
      tradeId: fill.tradeId,
      liquidity: fill.liquidity,
      fee: fill.fee.amount,
      feeCurrency: fill.fee.currency,
      counterOrderId: fill.counterOrderId,
    });
  }

  canceled(order: Order, reason: CancelReason, requestClOrdId?: string): void {
    if (!this.wants(order.owner)) return this.skip();
    const event = {
      kind: 'canceled',
      execType: ExecType.Canceled,
      ...this.base(order),
      reason,
      text: CANCEL_TEXT[reason],
    } as const;
    this.sink(requestClOrdId === undefined ? event : { ...event, requestClOrdId });
  }

  /** Kraken reports 39=5 on the replace report (spec §4.2), whatever the fills. */
  replaced(order: Order, priorityKept: boolean): void {
    if (!this.wants(order.owner)) return this.skip();
    this.sink({ kind: 'replaced', execType: ExecType.Replaced, ...this.base(order, OrdStatus.Replaced), priorityKept });
  }

  expired(order: Order): void {
    if (!this.wants(order.owner)) return this.skip();
    this.sink({ kind: 'expired', execType: ExecType.Expired, ...this.base(order), text: EXPIRED_TEXT });
  }

  restated(order: Order, triggerPrice: bigint): void {
    if (!this.wants(order.owner)) return this.skip();
    this.sink({
      kind: 'restated',
      execType: ExecType.Restated,
      ...this.base(order),
      triggerPrice: formatScaled(triggerPrice, order.instrument.priceDecimals),
      text: TRIGGERED_TEXT,
    });
  }

  /** Answers the session that asked (after a reconnect that is a new session, not the one that placed it). */
  status(order: Order, requestClOrdId: string | undefined, asker: Owner = order.owner): void {
    if (!this.wants(asker)) return this.skip();
    const event = { kind: 'status', execType: ExecType.OrderStatus, ...this.base(order), owner: asker } as const;
    this.sink(requestClOrdId === undefined ? event : { ...event, requestClOrdId });
  }

  rejected(owner: Owner, refMsgType: RequestMsgType, clOrdId: string, refusal: Refusal, orderId?: string): void {
    if (!this.wants(owner)) return;
    const rule = REJECTS[refusal.code];
    const text = refusal.detail === undefined ? rule.text : `${rule.text}:${refusal.detail}`;
    this.sink({
      kind: 'rejected',
      owner,
      refMsgType,
      clOrdId,
      ...(orderId === undefined ? {} : { orderId }),
      code: refusal.code,
      text,
      businessRejectReason: rule.businessRejectReason,
      transactTime: this.clock.now(),
    });
  }

  massCancelDone(owner: Owner, clOrdId: string, scope: MassCancelScope, canceled: number): void {
    if (!this.wants(owner)) return;
    this.sink({ kind: 'mass-cancel-done', owner, clOrdId, scope, canceled, transactTime: this.clock.now() });
  }
}
