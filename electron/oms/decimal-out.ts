// Decimal values leaving the OMS as DecimalText: canonical (no trailing zeros, "2.00000000" → "2") and within the
// 18 fraction digits DecimalText allows. Wire values that are not decimals are treated as absent.
import { dec, round, text, type Dec } from '../../shared/domain/decimal.js';
import { DECIMAL_TEXT_PATTERN, type DecimalText } from '../../shared/domain/decimal-text.js';

const MAX_SCALE = 18;

export function outText(d: Dec): DecimalText {
  return text(d.scale > MAX_SCALE ? round(d, MAX_SCALE) : d);
}

/** A canonical copy of decimal text ("64000.50" → "64000.5"). */
export function canon(t: DecimalText): DecimalText {
  return text(dec(t));
}

/** The value as a Dec if it is decimal text, else undefined. */
export function decOrUndefined(value: string | undefined): Dec | undefined {
  return value !== undefined && DECIMAL_TEXT_PATTERN.test(value) ? dec(value) : undefined;
}
