// The order's value as the trader types it: price × quantity in quote currency. A market order has no price of its
// own, so its value is estimated from the far touch (the best ask for a buy, the best bid for a sell); a stop or
// take-profit market order from its trigger. Estimates are marked as such: the fill may walk the book.
import { fixed, mul, type Dec } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { BookFrame } from '../../../../shared/domain/market-data.js';
import { needsPrice } from './order-types.js';
import type { TicketForm } from './ticket.state.js';
import { readDecimal } from './validate-ticket.js';

export interface Notional {
  /** Display text at the quote currency's precision, or null when it cannot be worked out yet. */
  readonly value: string | null;
  readonly estimate: boolean;
  /** Where an estimate's price came from, for the tooltip. */
  readonly basis: string;
}

/** Quote amounts show at least cents, and never fewer digits than the pair's prices. */
export function quoteDecimals(inst: InstrumentInfo): number {
  return Math.max(2, inst.priceDecimals);
}

export function notionalOf(form: TicketForm, inst: InstrumentInfo | undefined, book: BookFrame | undefined): Notional {
  const qty = readDecimal(form.qty);
  if (inst === undefined || qty === null) return { value: null, estimate: false, basis: '' };
  let price: Dec | null;
  let estimate = false;
  let basis: string;
  if (needsPrice(form.type)) {
    price = readDecimal(form.price);
    basis = 'limit price';
  } else if (form.type === 'market') {
    const far = form.side === 'buy' ? book?.asks[0] : book?.bids[0];
    price = far === undefined ? null : readDecimal(far.price);
    estimate = true;
    basis = form.side === 'buy' ? 'best ask' : 'best bid';
  } else {
    price = readDecimal(form.trigger);
    estimate = true;
    basis = 'trigger price';
  }
  if (price === null) return { value: null, estimate, basis };
  return { value: fixed(mul(price, qty), quoteDecimals(inst)), estimate, basis };
}
