// The prices the notional and band rules measure an order by. A market order is priced at the far touch (where it
// would start to fill); a stop or take-profit that becomes a market order at its trigger is priced at the trigger.
import type { DecimalText } from '../../../shared/domain/decimal-text.js';
import type { CandidateOrder, RiskContext } from '../candidate.js';

export interface PricedAt {
  readonly price: DecimalText;
  /** How the message names the price: "", "the ask ", "the trigger ". */
  readonly label: string;
}

/** The far touch for the order's side: the ask for a buy, the bid for a sell. */
export function farTouch(order: CandidateOrder, ctx: RiskContext): PricedAt | null {
  const price = order.side === 'buy' ? ctx.touch?.ask : ctx.touch?.bid;
  if (price === undefined || price === null) return null;
  return { price, label: order.side === 'buy' ? 'the ask ' : 'the bid ' };
}

export function farTouchName(order: CandidateOrder): string {
  return order.side === 'buy' ? 'ask' : 'bid';
}

/** The price the order's notional is computed at, or null when it cannot be priced (a market order, no touch). */
export function notionalPrice(order: CandidateOrder, ctx: RiskContext): PricedAt | null {
  if (order.price !== undefined) return { price: order.price, label: '' };
  if (order.stopPrice !== undefined) return { price: order.stopPrice, label: 'the trigger ' };
  return farTouch(order, ctx);
}
