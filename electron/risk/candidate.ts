// What the risk engine is asked about: the order as it would stand on the venue after the action, and everything
// the checks need, handed in by the workstation core (main process) so that risk never reaches into the OMS,
// market data or the sessions itself.
import type { DecimalText } from '../../shared/domain/decimal-text.js';
import { dec, sub, type Dec } from '../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { AmendRequest, NewOrderRequest, OrderView } from '../../shared/domain/orders.js';

/** A new order, or a working order after an amend (then `replacing` is the order as it stands now, so its old
 * quantity is not counted twice against position and open-order limits). */
export interface CandidateOrder extends NewOrderRequest {
  readonly replacing?: OrderView;
}

export interface Touch {
  readonly bid: DecimalText | null;
  readonly ask: DecimalText | null;
}

export interface RiskContext {
  /** The venue's rules for the symbol; without it tick bands are skipped and units come from the symbol. */
  readonly instrument?: InstrumentInfo;
  /** Best bid and ask now, or null without market data. */
  readonly touch: Touch | null;
  /** Signed position in the symbol, in base currency ("0" when flat). */
  readonly position: DecimalText;
  /** Every working order across all sessions (terminal ones are ignored if passed). */
  readonly working: readonly OrderView[];
  /** Epoch ms. */
  readonly now: number;
}

/** What went on the wire: a 35=D or a 35=G. Both count against the order rate; only new orders are remembered
 * by the duplicate guard. */
export type SentKind = 'new' | 'amend';

/** The order an amend would leave on the venue: the working order with the amended fields replaced. */
export function candidateFromAmend(view: OrderView, amend: AmendRequest): CandidateOrder {
  const price = amend.price ?? view.price ?? undefined;
  const stopPrice = amend.stopPrice ?? view.stopPrice ?? undefined;
  return {
    sessionId: view.sessionId,
    symbol: view.symbol,
    side: view.side,
    type: view.type,
    qty: amend.qty ?? view.qty,
    tif: view.tif,
    postOnly: view.postOnly,
    ...(price === undefined ? {} : { price }),
    ...(stopPrice === undefined ? {} : { stopPrice }),
    replacing: view,
  };
}

/** Quantity that could still execute once the order is on the venue. FIX 35=G carries the new total OrderQty, so
 * an amended order can only fill its new quantity less what the old one already filled (never below zero). */
export function candidateLeaves(order: CandidateOrder): Dec {
  const qty = dec(order.qty);
  if (order.replacing === undefined) return qty;
  const left = sub(qty, dec(order.replacing.cumQty));
  return left.units < 0n ? { units: 0n, scale: 0 } : left;
}
