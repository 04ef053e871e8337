// One order inside the engine. Owned by the per-instrument engine; mutable on purpose so that resting, filling and
// amending allocate nothing beyond this object (synthetic participants submit thousands of them). The book links
// (level/prev/next) make the order a node of its price level's FIFO queue: O(1) append, O(1) cancel.

import type { Owner } from './commands.js';
import type { OrdType, SelfTradePrevention, Side, TimeInForce, TriggerReference } from './fix-codes.js';
import type { Instrument } from './instruments.js';
import type { PriceLevel } from './price-level.js';

/**
 * Where an order is in its life:
 * - pending: accepted with a future EffectiveTime, invisible (OrdStatus A);
 * - untriggered: a stop/take-profit waiting in the trigger book;
 * - active: in the matching path or resting in the book;
 * - filled / canceled / expired: terminal, no further reports except status answers.
 */
export type OrderPhase = 'pending' | 'untriggered' | 'active' | 'filled' | 'canceled' | 'expired';

export interface OrderParams {
  orderId: string;
  owner: Owner;
  instrument: Instrument;
  clOrdId: string;
  side: Side;
  ordType: OrdType;
  timeInForce: TimeInForce;
  orderQty: bigint;
  price: bigint | undefined;
  stopPx: bigint | undefined;
  displayQty: bigint | undefined;
  postOnly: boolean;
  reduceOnly: boolean;
  feeInBase: boolean;
  selfTradePrevention: SelfTradePrevention;
  triggerReference: TriggerReference;
  expireTime: number | undefined;
  effectiveTime: number | undefined;
}

export class Order {
  readonly orderId: string;
  readonly owner: Owner;
  readonly instrument: Instrument;
  readonly side: Side;
  readonly isBuy: boolean;
  readonly timeInForce: TimeInForce;
  readonly reduceOnly: boolean;
  readonly feeInBase: boolean;
  readonly selfTradePrevention: SelfTradePrevention;
  readonly triggerReference: TriggerReference;
  readonly expireTime: number | undefined;
  readonly effectiveTime: number | undefined;
  clOrdId: string;
  origClOrdId: string | undefined;
  /** Current type: a triggered stop becomes Market (1) or Limit (2). */
  ordType: OrdType;
  /** Limit price in price units; undefined for market orders. */
  price: bigint | undefined;
  stopPx: bigint | undefined;
  orderQty: bigint;
  cumQty = 0n;
  /** Σ(LastQty·LastPx) in units of 10^-(priceDecimals+lotDecimals): AvgPx stays exact. */
  notional = 0n;
  displayQty: bigint | undefined;
  postOnly: boolean;
  phase: OrderPhase;
  /** Quantity shown in the book while resting (the iceberg slice, else the whole remainder). */
  visibleQty = 0n;
  /** Time priority: a larger number is younger. Renewed when the order loses priority. */
  priority = 0;
  level: PriceLevel | undefined = undefined;
  prev: Order | undefined = undefined;
  next: Order | undefined = undefined;

  constructor(p: OrderParams) {
    this.orderId = p.orderId;
    this.owner = p.owner;
    this.instrument = p.instrument;
    this.clOrdId = p.clOrdId;
    this.origClOrdId = undefined;
    this.side = p.side;
    this.isBuy = p.side === '1';
    this.ordType = p.ordType;
    this.timeInForce = p.timeInForce;
    this.orderQty = p.orderQty;
    this.price = p.price;
    this.stopPx = p.stopPx;
    this.displayQty = p.displayQty;
    this.postOnly = p.postOnly;
    this.reduceOnly = p.reduceOnly;
    this.feeInBase = p.feeInBase;
    this.selfTradePrevention = p.selfTradePrevention;
    this.triggerReference = p.triggerReference;
    this.expireTime = p.expireTime;
    this.effectiveTime = p.effectiveTime;
    this.phase = 'active';
  }

  get leavesQty(): bigint {
    return this.isOpen ? this.orderQty - this.cumQty : 0n;
  }

  /** Pending, untriggered or active: the order can still be cancelled, amended, expired or filled. */
  get isOpen(): boolean {
    return this.phase === 'pending' || this.phase === 'untriggered' || this.phase === 'active';
  }

  get isResting(): boolean {
    return this.level !== undefined;
  }

  /** The slice an iceberg shows next: the display size, or what is left if less. */
  nextSlice(): bigint {
    const leaves = this.orderQty - this.cumQty;
    return this.displayQty !== undefined && this.displayQty < leaves ? this.displayQty : leaves;
  }
}
