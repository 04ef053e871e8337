// Outputs of the matching engine for the order-entry side. Each OrderReport becomes one ExecutionReport (35=8)
// for the session in `owner`; a RejectEvent becomes a BusinessMessageReject (35=j, 379 = clOrdId, 372 =
// refMsgType). Amounts are decimal text at the instrument's precision, ready for the wire.

import type { Owner } from './commands.js';
import type {
  BusinessRejectReason,
  ExecType,
  MassCancelScope,
  OrdStatus,
  OrdType,
  RequestMsgType,
  SelfTradePrevention,
  Side,
  TimeInForce,
} from './fix-codes.js';
import type { CancelReason, RejectCode } from './reasons.js';

/** The order as it stands after the event: the fields every ExecutionReport repeats. */
export interface OrderSnapshot {
  orderId: string;
  /** 11: the order's current ClOrdID (the amend's new one after a replace). */
  clOrdId: string;
  /** 41: the ClOrdID before the last accepted amend, if any. */
  origClOrdId?: string;
  symbol: string;
  side: Side;
  /** 40: after a trigger the resulting market (1) or limit (2) type. */
  ordType: OrdType;
  timeInForce: TimeInForce;
  orderQty: string;
  price?: string;
  stopPx?: string;
  displayQty?: string;
  cumQty: string;
  /** OrderQty − CumQty while working; 0 once terminal. */
  leavesQty: string;
  /** Exact VWAP of the fills, see decimal/avg-px.ts for the rounding. */
  avgPx: string;
  ordStatus: OrdStatus;
  postOnly: boolean;
  reduceOnly: boolean;
  selfTradePrevention: SelfTradePrevention;
  expireTime?: number;
  effectiveTime?: number;
  /** True while a stop/take-profit waits for its trigger. */
  untriggered: boolean;
}

interface ReportBase {
  /** 17: unique across the engine's lifetime. */
  execId: string;
  owner: Owner;
  transactTime: number;
  order: OrderSnapshot;
}

/** 150=0 (live) or 150=A (waiting for EffectiveTime). */
export interface AcceptedEvent extends ReportBase {
  kind: 'accepted';
  execType: typeof ExecType.New | typeof ExecType.PendingNew;
}

/** 150=F: one fill of this order. */
export interface TradeEvent extends ReportBase {
  kind: 'trade';
  execType: typeof ExecType.Trade;
  lastQty: string;
  lastPx: string;
  /** 527 SecondaryExecID: the pair's trade sequence, shared by both sides of the trade. */
  tradeSeq: number;
  /** Kraken-shaped trade id (T…), shared by both sides. */
  tradeId: string;
  /** 851 LastLiquidityInd: maker = 1 added liquidity, taker = 2 removed. */
  liquidity: 'maker' | 'taker';
  fee: string;
  feeCurrency: string;
  /** The other side's OrderID (for the simulator's own logs; never sent to the client). */
  counterOrderId: string;
}

/** 150=4. `requestClOrdId` is the ClOrdID of the F/q/G that caused it (11 on the report, 41 = order.clOrdId). */
export interface CanceledEvent extends ReportBase {
  kind: 'canceled';
  execType: typeof ExecType.Canceled;
  reason: CancelReason;
  text: string;
  requestClOrdId?: string;
}

/** 150=5: amend accepted; order.clOrdId is the amend's ClOrdID and order.origClOrdId the previous one. */
export interface ReplacedEvent extends ReportBase {
  kind: 'replaced';
  execType: typeof ExecType.Replaced;
  /** Whether the order kept its place in the price-time queue. */
  priorityKept: boolean;
}

/** 150=C: GTD reached its ExpireTime. */
export interface ExpiredEvent extends ReportBase {
  kind: 'expired';
  execType: typeof ExecType.Expired;
  text: string;
}

/** 150=D: a stop/take-profit fired; order.ordType is now 1 or 2. */
export interface RestatedEvent extends ReportBase {
  kind: 'restated';
  execType: typeof ExecType.Restated;
  /** The reference price that crossed the stop. */
  triggerPrice: string;
  text: string;
}

/** 150=I: answer to 35=H; never changes the order. */
export interface StatusEvent extends ReportBase {
  kind: 'status';
  execType: typeof ExecType.OrderStatus;
  requestClOrdId?: string;
}

export type OrderReport =
  AcceptedEvent | TradeEvent | CanceledEvent | ReplacedEvent | ExpiredEvent | RestatedEvent | StatusEvent;

/** A request refused without touching any order: 35=j with 380 and 58. */
export interface RejectEvent {
  kind: 'rejected';
  owner: Owner;
  refMsgType: RequestMsgType;
  /** 379: the request's ClOrdID (empty when the request had none). */
  clOrdId: string;
  orderId?: string;
  code: RejectCode;
  text: string;
  businessRejectReason: BusinessRejectReason;
  transactTime: number;
}

/** End of a 35=q: how many orders the individual 150=4 reports covered (Kraken sends no 35=r; informational). */
export interface MassCancelDoneEvent {
  kind: 'mass-cancel-done';
  owner: Owner;
  clOrdId: string;
  scope: MassCancelScope;
  canceled: number;
  transactTime: number;
}

export type EngineEvent = OrderReport | RejectEvent | MassCancelDoneEvent;
