// Where a limit price is measured from, and how far through it the price goes.
//
// The convention (as on most broker and exchange fat-finger checks): only the aggressive side is banded. A buy
// limit may sit at most X above the ask and a sell limit at most X below the bid, because a price through the
// touch trades at once and can sweep the book down to that price; that is the typo that loses money. A passive
// price far from the touch (a bid well under the market) only rests: it costs nothing unless the market comes to
// it, and traders leave such orders on purpose, so it is never refused.
//
// A stop-limit or take-profit-limit is measured from its trigger instead: when it fires the market is at the
// trigger, so its limit price may go at most X through the trigger. Market, stop and take-profit orders carry no
// limit price and are not banded (max notional prices them).
import { dec, sub, type Dec } from '../../../shared/domain/decimal.js';
import type { CandidateOrder, RiskContext } from '../candidate.js';
import { farTouch } from './order-price.js';

export interface BandExcess {
  readonly price: Dec;
  readonly reference: Dec;
  /** How far the price goes through the reference, > 0. */
  readonly excess: Dec;
  /** "the ask", "the bid", "the trigger". */
  readonly referenceName: string;
  /** "above" for a buy, "below" for a sell. */
  readonly direction: 'above' | 'below';
}

/** How far an aggressive limit price goes through its reference; null when the order is passive, carries no limit
 * price, or there is nothing to measure it from (no touch: the band cannot be checked and is skipped). */
export function bandExcess(order: CandidateOrder, ctx: RiskContext): BandExcess | null {
  if (order.price === undefined || order.type === 'market') return null;
  let referenceText: string;
  let referenceName: string;
  if (order.type === 'limit') {
    const touch = farTouch(order, ctx);
    if (touch === null) return null;
    referenceText = touch.price;
    referenceName = touch.label.trim();
  } else {
    if (order.stopPrice === undefined) return null;
    referenceText = order.stopPrice;
    referenceName = 'the trigger';
  }
  const price = dec(order.price);
  const reference = dec(referenceText);
  if (reference.units <= 0n) return null;
  const excess = order.side === 'buy' ? sub(price, reference) : sub(reference, price);
  if (excess.units <= 0n) return null;
  return { price, reference, excess, referenceName, direction: order.side === 'buy' ? 'above' : 'below' };
}
