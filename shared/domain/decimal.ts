// Exact decimal arithmetic on DecimalText for both processes: the OMS (positions, average cost, P&L) and risk in
// main, the ticket's tick/lot/notional checks in the renderer. A value is a bigint of units at a scale (count of
// fraction digits); results are exact except division, which rounds half away from zero at the scale asked for.
// Pure TypeScript: no Node or DOM API, so it sits in shared/.
import { DECIMAL_TEXT_PATTERN, type DecimalText } from './decimal-text.js';

export interface Dec {
  readonly units: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [];
function pow10(n: number): bigint {
  return (POW10[n] ??= 10n ** BigInt(n));
}

/** Parses decimal text; throws on anything that is not DecimalText (callers validate input first). */
export function dec(text: DecimalText): Dec {
  if (!DECIMAL_TEXT_PATTERN.test(text)) throw new Error(`not a decimal: ${JSON.stringify(text.slice(0, 40))}`);
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

/** Parses decimal text, or returns null for anything else (user input). */
export function tryDec(text: string): Dec | null {
  return DECIMAL_TEXT_PATTERN.test(text) ? dec(text) : null;
}

export const ZERO: Dec = { units: 0n, scale: 0 };

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function neg(a: Dec): Dec {
  return { units: -a.units, scale: a.scale };
}

export function abs(a: Dec): Dec {
  return a.units < 0n ? neg(a) : a;
}

/** a / b rounded half away from zero to `scale` fraction digits. Throws on division by zero. */
export function div(a: Dec, b: Dec, scale: number): Dec {
  if (b.units === 0n) throw new Error('division by zero');
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale); want units at `scale`.
  let num = a.units * pow10(scale + b.scale);
  let den = b.units * pow10(a.scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  const roundAway = 2n * (r < 0n ? -r : r) >= den;
  return { units: roundAway ? q + (num < 0n ? -1n : 1n) : q, scale };
}

export function cmp(a: Dec, b: Dec): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Dec): boolean {
  return a.units === 0n;
}

export function sign(a: Dec): -1 | 0 | 1 {
  return a.units < 0n ? -1 : a.units > 0n ? 1 : 0;
}

/** True when a is a whole multiple of step (a tick or lot size); false for a zero or negative step. */
export function isMultipleOf(a: Dec, step: Dec): boolean {
  if (step.units <= 0n) return false;
  const [x, y] = align(a, step);
  return x % y === 0n;
}

/** Rounds to `scale` fraction digits, half away from zero. */
export function round(a: Dec, scale: number): Dec {
  if (a.scale <= scale) return { units: a.units * pow10(scale - a.scale), scale };
  return div(a, { units: 1n, scale: 0 }, scale);
}

/** Decimal text with trailing fraction zeros removed ("1.500" → "1.5", "2.000" → "2", "-0" → "0"). */
export function text(a: Dec): DecimalText {
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  let scale = a.scale;
  while (scale > 0 && digits.endsWith('0') && digits.length > 1) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (digits === '0') return '0';
  let out: string;
  if (scale === 0) out = digits;
  else {
    const padded = digits.padStart(scale + 1, '0');
    out = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  }
  return negative ? `-${out}` : out;
}

/** Decimal text with exactly `scale` fraction digits (display in fixed columns). */
export function fixed(a: Dec, scale: number): DecimalText {
  const r = round(a, scale);
  const negative = r.units < 0n;
  const digits = (negative ? -r.units : r.units).toString();
  if (scale === 0) return negative && r.units !== 0n ? `-${digits}` : digits;
  const padded = digits.padStart(scale + 1, '0');
  const out = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  return negative ? `-${out}` : out;
}

/** Convenience for display and charts only (never for arithmetic that goes back on the wire). */
export function toNumber(a: Dec): number {
  return Number(text(a));
}
