// Reading prices and quantities of a request against the pair's rules. Failures carry the reject code the FIX
// layer reports (35=j); nothing here touches an order.

import { parseScaled } from './decimal/scaled.js';
import type { Instrument } from './instruments.js';
import type { RejectCode } from './reasons.js';

export interface Refusal {
  code: RejectCode;
  /** Appended to the Kraken text after a colon. */
  detail?: string;
}

export function refuse(code: RejectCode, detail?: string): Refusal {
  return detail === undefined ? { code } : { code, detail };
}

export function isRefusal(v: unknown): v is Refusal {
  return typeof v === 'object' && v !== null && 'code' in v;
}

/** A positive price on the pair's tick grid, in price units. */
export function readPrice(text: string, instrument: Instrument): bigint | Refusal {
  const units = parseScaled(text, instrument.priceDecimals);
  if (units === undefined) {
    if (parseScaled(text, 30) !== undefined) {
      const d = instrument.priceDecimals;
      return refuse('price-precision', `${instrument.symbol} price can only be specified up to ${d} decimals.`);
    }
    return refuse('invalid-price');
  }
  if (units <= 0n) return refuse('invalid-price');
  if (units % instrument.tickUnits !== 0n) return refuse('tick-size');
  return units;
}

/** A positive quantity at the pair's lot precision, in lot units (minimum and maximum are checked by the caller). */
export function readQty(text: string, instrument: Instrument): bigint | Refusal {
  const units = parseScaled(text, instrument.lotDecimals);
  if (units === undefined || units <= 0n) return refuse('invalid-volume');
  return units;
}

/** The pair's order size limits for a total quantity. */
export function checkQtyLimits(qty: bigint, instrument: Instrument): Refusal | undefined {
  if (qty < instrument.qtyMinUnits) return refuse('volume-minimum');
  if (qty > instrument.qtyMaxUnits) return refuse('volume-maximum');
  return undefined;
}

/** Price × quantity must reach the pair's minimum cost (Kraken's costmin). */
export function checkCost(price: bigint, qty: bigint, instrument: Instrument): Refusal | undefined {
  return price * qty < instrument.costMinUnits ? refuse('cost-minimum') : undefined;
}

/** Iceberg display size: positive, at most the quantity, and at least 1/15 of it (Kraken's DisplayQty rule). */
export function readDisplayQty(text: string, qty: bigint, instrument: Instrument): bigint | Refusal {
  const units = parseScaled(text, instrument.lotDecimals);
  if (units === undefined || units <= 0n || units > qty || units * 15n < qty) return refuse('invalid-display-qty');
  return units;
}
