// Quantities in the ladder's narrow columns: exact when they fit, else rounded to fewer decimals (the row's label
// and tooltip keep the exact figure). Prices are always at the instrument's precision.
import { round, text, toNumber, type Dec } from '../../../../shared/domain/decimal.js';

/** At most `width` characters wherever the integer part allows. */
export function fitQty(q: Dec, width: number): string {
  const exact = text(q);
  if (exact.length <= width) return exact;
  const dot = exact.indexOf('.');
  if (dot < 0) return exact;
  return text(round(q, Math.max(0, width - dot - 1)));
}

/** Share of the largest visible quantity, in 5 % steps so bars do not repaint for noise. Display only. */
export function fillOf(q: Dec | undefined, max: number): number {
  if (q === undefined || max <= 0) return 0;
  return Math.min(100, Math.max(5, Math.round((toNumber(q) / max) * 20) * 5));
}
