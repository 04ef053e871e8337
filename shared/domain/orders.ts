// Orders, fills and positions as the OMS in main normalises them from ExecutionReports. One OrderView per order
// (a cancel/replace chain is one order whose clOrdId moves on); the renderer never sees raw FIX here.
import type { DecimalText } from './decimal-text.js';

export type Side = 'buy' | 'sell';

/** Kraken's order types. On the wire (OrdType 40): 2 limit, 1 market, 3 stop-loss, 4 stop-loss-limit, and for
 * Kraken R take-profit and T take-profit-limit; a plain FIX 4.4 venue gets J (market if touched) for take-profit
 * and has no take-profit-limit (the OMS refuses it there). */
export type OrderType = 'limit' | 'market' | 'stop-loss' | 'stop-loss-limit' | 'take-profit' | 'take-profit-limit';

export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTD';

/** FIX 4.4 OrdStatus 39, named. pending-* are the states between our request and the venue's answer. */
export type OrderStatus =
  | 'pending-new'
  | 'new'
  | 'partially-filled'
  | 'filled'
  | 'pending-cancel'
  | 'pending-replace'
  | 'canceled'
  | 'replaced'
  | 'rejected'
  | 'expired'
  | 'suspended'
  | 'done-for-day'
  | 'stopped';

/** No further execution can happen on an order in one of these states. */
export const TERMINAL_ORDER_STATUSES: readonly OrderStatus[] = ['filled', 'canceled', 'rejected', 'expired'];

export function isTerminalStatus(s: OrderStatus): boolean {
  return (TERMINAL_ORDER_STATUSES as readonly string[]).includes(s);
}

/** What a trader asks for; main assigns the ClOrdID, applies risk and sends 35=D. */
export interface NewOrderRequest {
  readonly sessionId: string;
  readonly symbol: string;
  readonly side: Side;
  readonly type: OrderType;
  readonly qty: DecimalText;
  /** Limit price: required for limit, stop-loss-limit, take-profit-limit. */
  readonly price?: DecimalText;
  /** Trigger price (99 StopPx): required for stop-loss, take-profit and their limit variants. */
  readonly stopPrice?: DecimalText;
  readonly tif: TimeInForce;
  /** GTD only: epoch ms of expiry (126 ExpireTime). */
  readonly expireAt?: number;
  /** Post-only (18 ExecInst=6): rejected by the venue if it would take liquidity. */
  readonly postOnly?: boolean;
  /** Reduce-only where the venue has it. */
  readonly reduceOnly?: boolean;
}

/** 35=G: new quantity and/or price for a working order. */
export interface AmendRequest {
  readonly orderKey: string;
  readonly qty?: DecimalText;
  readonly price?: DecimalText;
  readonly stopPrice?: DecimalText;
}

export interface OrderView {
  /** Stable key of the order across its cancel/replace chain (the first ClOrdID, prefixed by session). */
  readonly orderKey: string;
  readonly sessionId: string;
  /** The ClOrdID now in force (the last accepted in the chain) and the one awaiting an answer, if any. */
  readonly clOrdId: string;
  readonly pendingClOrdId: string | null;
  /** Venue order id (37), once known. */
  readonly orderId: string | null;
  readonly symbol: string;
  readonly side: Side;
  readonly type: OrderType;
  readonly tif: TimeInForce;
  readonly qty: DecimalText;
  readonly price: DecimalText | null;
  readonly stopPrice: DecimalText | null;
  readonly cumQty: DecimalText;
  readonly leavesQty: DecimalText;
  readonly avgPx: DecimalText;
  readonly status: OrderStatus;
  readonly postOnly: boolean;
  /** The venue's last words on this order (58 Text of a reject or cancel), or null. */
  readonly text: string | null;
  /** Epoch ms. */
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Recovered from the venue (status request / mass status) rather than entered in this run. */
  readonly recovered: boolean;
}

export type Liquidity = 'maker' | 'taker' | 'unknown';

export interface FillView {
  /** Venue execution id (17 ExecID); unique per session, the key for duplicate detection. */
  readonly execId: string;
  readonly orderKey: string;
  readonly sessionId: string;
  readonly symbol: string;
  readonly side: Side;
  readonly qty: DecimalText;
  readonly price: DecimalText;
  /** Commission (12) in feeCurrency, "0" when the venue sent none. */
  readonly fee: DecimalText;
  readonly feeCurrency: string;
  readonly liquidity: Liquidity;
  /** Epoch ms of the execution (60 TransactTime). */
  readonly time: number;
}

export interface PositionView {
  readonly symbol: string;
  /** Signed: positive long, negative short, in base currency. */
  readonly qty: DecimalText;
  /** Average cost of the open quantity, or null when flat. */
  readonly avgCost: DecimalText | null;
  /** In quote currency, fees included. */
  readonly realisedPnl: DecimalText;
  /** Open quantity marked to the book's mid (or last trade); null without a mark. */
  readonly unrealisedPnl: DecimalText | null;
  readonly markPrice: DecimalText | null;
  readonly fees: DecimalText;
  readonly updatedAt: number;
}
