// Inputs of the matching engine. The FIX acceptor turns D/F/G/H/q and session events into these; synthetic
// participants build them directly. Amounts are decimal text exactly as on the wire; times are epoch ms (UTC).

import type {
  MassCancelScope,
  OrdType,
  SelfTradePrevention,
  Side,
  TimeInForce,
  TrailingOrdType,
  TriggerReference,
} from './fix-codes.js';
import type { AssetPairStatus } from './instruments.js';

/** Who sent a request: the client (SenderCompID, the STP and 530=7 scope) and its FIX session (COD, 35=F scope). */
export interface Owner {
  clientId: string;
  sessionId: string;
}

/** NewOrderSingle (35=D). */
export interface NewOrderCommand {
  type: 'new-order';
  owner: Owner;
  clOrdId: string;
  symbol: string;
  side: Side;
  ordType: OrdType | TrailingOrdType;
  orderQty: string;
  /** 44: limit price; required for 2, 4, T. */
  price?: string;
  /** 99: trigger price; required for 3, 4, R, T. */
  stopPx?: string;
  /** 59; GTC when absent. */
  timeInForce?: TimeInForce;
  /** 126: required for GTD; in the future and at most 30 days ahead. */
  expireTime?: number;
  /** 168: the order stays Pending New (invisible) until then. */
  effectiveTime?: number;
  /** 62: refused with `EService:Deadline elapsed` when processed after this instant. */
  validUntilTime?: number;
  /** 18 contains P. */
  postOnly?: boolean;
  /** 18 contains E; accepted without a position check (the simulator keeps no positions). */
  reduceOnly?: boolean;
  /** 18 contains f: fee charged in the base currency instead of the quote currency. */
  feeInBase?: boolean;
  /** 1138: iceberg display size; limit orders only; at least 1/15 of OrderQty. */
  displayQty?: string;
  /** 7928; cancel newest when absent. */
  selfTradePrevention?: SelfTradePrevention;
  /** 388; last trade when absent. */
  triggerReference?: TriggerReference;
}

/** OrderCancelRequest (35=F): 37 and/or 41; 37 wins when both are given. Only orders of the same session. */
export interface CancelCommand {
  type: 'cancel';
  owner: Owner;
  clOrdId: string;
  orderId?: string;
  origClOrdId?: string;
  symbol: string;
}

/** OrderCancelReplaceRequest (35=G): only quantities and prices change; absent fields keep their value. */
export interface AmendCommand {
  type: 'amend';
  owner: Owner;
  clOrdId: string;
  orderId?: string;
  origClOrdId?: string;
  symbol: string;
  /** New total quantity (38), fills included; at or below CumQty cancels the remainder (Kraken's amend rule). */
  orderQty?: string;
  price?: string;
  stopPx?: string;
  displayQty?: string;
  /** 18=P on the amend: refuse a new price that would take liquidity. */
  postOnly?: boolean;
  validUntilTime?: number;
}

/** OrderStatusRequest (35=H). Answers for live orders and recently closed ones of the same client. */
export interface StatusCommand {
  type: 'status';
  owner: Owner;
  clOrdId?: string;
  orderId: string;
  symbol: string;
}

/** OrderMassCancelRequest (35=q). 530=1 needs the symbol and covers this session's orders on it. */
export interface MassCancelCommand {
  type: 'mass-cancel';
  owner: Owner;
  clOrdId: string;
  scope: MassCancelScope;
  symbol?: string;
}

/** The session dropped (or logged out) with cancel-on-disconnect in force: cancel every open order it placed. */
export interface DisconnectCommand {
  type: 'disconnect';
  sessionId: string;
}

/** Process the clock: GTD expiry and EffectiveTime activation up to now. Every other command does this first too. */
export interface TickCommand {
  type: 'tick';
}

/** A new index price for the pair: fires stops whose trigger reference is the index (388=1). */
export interface IndexPriceCommand {
  type: 'index-price';
  symbol: string;
  price: string;
}

/** Operator action: change the pair's trading status (5032), e.g. to cancel_only for a scenario. */
export interface InstrumentStatusCommand {
  type: 'instrument-status';
  symbol: string;
  status: AssetPairStatus;
}

export type EngineCommand =
  | NewOrderCommand
  | CancelCommand
  | AmendCommand
  | StatusCommand
  | MassCancelCommand
  | DisconnectCommand
  | TickCommand
  | IndexPriceCommand
  | InstrumentStatusCommand;
