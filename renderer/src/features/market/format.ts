// Display formatting for every market panel: prices and quantities at the instrument's own precision (so columns of
// one symbol line up digit for digit), exact decimal arithmetic for spreads and mids, local wall-clock times.
import { add, cmp, dec, div, fixed, mul, round, sub, tryDec, type Dec } from '../../../../shared/domain/decimal.js';
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';

/** Price at the instrument's priceDecimals; the text as main sent it when the instrument is not known yet. */
export function formatPrice(price: DecimalText | null | undefined, inst: InstrumentInfo | undefined): string {
  return formatAt(price, inst?.priceDecimals);
}

export function formatQty(qty: DecimalText | null | undefined, inst: InstrumentInfo | undefined): string {
  return formatAt(qty, inst?.qtyDecimals);
}

export function formatAt(value: DecimalText | null | undefined, decimals: number | undefined): string {
  if (value === null || value === undefined) return '—';
  const d = tryDec(value);
  if (d === null) return value;
  return decimals === undefined ? value : fixed(d, decimals);
}

/** Dec at a fixed scale as display text (mids and spreads carry one digit more than the tick where needed). */
export function formatDec(value: Dec, decimals: number): string {
  return fixed(value, decimals);
}

/** A mid at the tick's precision when it falls on it, else with the one extra digit a half-tick needs. */
export function formatMid(mid: Dec, priceDecimals: number): string {
  const atTick = round(mid, priceDecimals);
  return fixed(mid, cmp(atTick, mid) === 0 ? priceDecimals : priceDecimals + 1);
}

export function midOf(bid: DecimalText, ask: DecimalText, priceDecimals: number): Dec {
  return div(add(dec(bid), dec(ask)), { units: 2n, scale: 0 }, priceDecimals + 1);
}

export function spreadOf(bid: DecimalText, ask: DecimalText): Dec {
  return sub(dec(ask), dec(bid));
}

/** Spread in basis points of the mid, two decimals; null without a positive mid. */
export function spreadBps(spread: Dec, mid: Dec): Dec | null {
  if (cmp(mid, { units: 0n, scale: 0 }) <= 0) return null;
  return div(mul(spread, { units: 10_000n, scale: 0 }), mid, 2);
}

const TIME_MS = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
  hour12: false,
});

/** HH:MM:SS.mmm, local time: the tape resolution traders compare against their venue's timestamps. */
export function formatTimeMs(epochMs: number): string {
  return TIME_MS.format(epochMs);
}

/** Age of an update for a staleness badge: "0.4 s", "12 s", "3 min". */
export function formatAge(ms: number): string {
  if (ms < 0) return '0.0 s';
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}
