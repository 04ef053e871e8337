// Decimal text <-> double without float noise. Reading: an integer mantissa of at most 15 digits divided by an exact
// power of ten is correctly rounded (both operands are exact doubles), which is what parseFloat gives; longer text
// falls back to parseFloat. Writing: the shortest decimal that reads back as the same double, never an exponent.

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Parse buf[start, end) as a FIX decimal (optional sign, digits, optional point). NaN when not a number. */
export function readDecimal(buf: Uint8Array, start: number, end: number): number {
  let p = start;
  let negative = false;
  const first = buf[p];
  if (first === 0x2d) {
    negative = true;
    p++;
  } else if (first === 0x2b) p++;
  const digitsFrom = p;
  let mantissa = 0;
  let d: number;
  while (p < end && (d = buf[p]! - 0x30) >= 0 && d <= 9) {
    mantissa = mantissa * 10 + d;
    p++;
  }
  let digits = p - digitsFrom;
  let scale = 0;
  if (p < end) {
    if (buf[p] !== 0x2e) return NaN;
    const fractionFrom = ++p;
    while (p < end && (d = buf[p]! - 0x30) >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      p++;
    }
    if (p < end) return NaN;
    scale = p - fractionFrom;
    digits += scale;
  }
  if (digits === 0) return NaN;
  if (digits > 15) return slowDecimal(buf, start, end);
  const v = scale > 0 ? mantissa / POW10[scale]! : mantissa;
  return negative ? -v : v;
}

function slowDecimal(buf: Uint8Array, start: number, end: number): number {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]!);
  return Number.parseFloat(s);
}

/** Parse buf[start, end) as a non-negative FIX int (SeqNum, Length, NumInGroup…). NaN when not all digits. */
export function readUint(buf: Uint8Array, start: number, end: number): number {
  if (start >= end || end - start > 15) return NaN;
  let v = 0;
  for (let p = start; p < end; p++) {
    const d = buf[p]! - 0x30;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Parse a FIX int that may be signed. */
export function readInt(buf: Uint8Array, start: number, end: number): number {
  if (start < end && buf[start] === 0x2d) return -readUint(buf, start + 1, end);
  return readUint(buf, start, end);
}

/**
 * The shortest decimal text that reads back as `v`, with no exponent and no trailing zeros.
 * Throws on NaN and infinities: those are never valid FIX values and must not reach the wire.
 */
export function formatDecimal(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`cannot write ${v} as a FIX decimal`);
  if (Number.isInteger(v) && Math.abs(v) < 9007199254740992) return v === 0 ? '0' : String(v);
  const a = Math.abs(v);
  for (let k = 1; k <= 17; k++) {
    const p = POW10[k]!;
    const m = a * p;
    if (m >= 9007199254740992) break;
    const r = Math.floor(m + 0.5);
    if (r / p === a) return (v < 0 ? '-' : '') + placePoint(String(r), k);
  }
  return expandExponent(String(v));
}

function placePoint(intDigits: string, decimals: number): string {
  if (intDigits.length <= decimals) return '0.' + '0'.repeat(decimals - intDigits.length) + intDigits;
  return intDigits.slice(0, intDigits.length - decimals) + '.' + intDigits.slice(intDigits.length - decimals);
}

/** JavaScript's own shortest digits, with the exponent written out ("1.5e-7" -> "0.00000015"). */
export function expandExponent(s: string): string {
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s[0] === '-';
  const mant = s.slice(negative ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const point = mant.indexOf('.');
  const digits = point < 0 ? mant : mant.slice(0, point) + mant.slice(point + 1);
  const intLen = (point < 0 ? mant.length : point) + exp;
  let out: string;
  if (intLen <= 0) out = '0.' + '0'.repeat(-intLen) + digits;
  else if (intLen >= digits.length) out = digits + '0'.repeat(intLen - digits.length);
  else out = digits.slice(0, intLen) + '.' + digits.slice(intLen);
  return (negative ? '-' : '') + out;
}
