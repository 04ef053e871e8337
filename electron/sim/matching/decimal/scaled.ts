// Exact decimals for the simulator's matching engine: every price and quantity is a bigint count of
// 10^-decimals units of its instrument (price units, lot units). Money never passes through a double, so
// 0.1 + 0.2 is exactly 0.3 and a VWAP over thousands of fills is exact before its one documented rounding.

const POW10_CACHE: bigint[] = [];

/** 10^n as a bigint (n ≥ 0), cached because the same few scales are used on every fill. */
export function pow10(n: number): bigint {
  let v = POW10_CACHE[n];
  if (v === undefined) {
    v = 10n ** BigInt(n);
    POW10_CACHE[n] = v;
  }
  return v;
}

/** Digits a double holds exactly (10^15 < 2^53): a value this short is summed as a number, not parsed as a BigInt. */
const EXACT_DIGITS = 15;

/**
 * Parse FIX decimal text ("12", "0.5", ".5", "12.") into units of 10^-decimals. Returns undefined when the text is
 * not an unsigned decimal or carries a non-zero digit beyond `decimals` (trailing zeros past it are accepted:
 * "0.100000000" is exactly 0.1). Signs and exponents are refused: the engine never takes negative prices or sizes.
 * A hand scan rather than a regular expression and slices: every order's price and quantity pass here.
 */
export function parseScaled(text: string, decimals: number): bigint | undefined {
  const n = text.length;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) {
      if (dot >= 0) return undefined;
      dot = i;
    } else if (c < 0x30 || c > 0x39) return undefined;
  }
  const wholeEnd = dot < 0 ? n : dot;
  const fractionLength = dot < 0 ? 0 : n - dot - 1;
  if (wholeEnd === 0 && fractionLength === 0) return undefined;
  let kept = fractionLength;
  if (fractionLength > decimals) {
    for (let i = dot + 1 + decimals; i < n; i++) if (text.charCodeAt(i) !== 0x30) return undefined;
    kept = decimals;
  }
  const end = kept > 0 ? dot + 1 + kept : wholeEnd;
  if (wholeEnd + kept <= EXACT_DIGITS) {
    let v = 0;
    for (let i = 0; i < end; i++) if (i !== dot) v = v * 10 + (text.charCodeAt(i) - 0x30);
    return BigInt(v) * pow10(decimals - kept);
  }
  const digits = text.slice(0, wholeEnd) + (kept > 0 ? text.slice(dot + 1, end) : '');
  return BigInt(digits) * pow10(decimals - kept);
}

/** Units of 10^-decimals as fixed-point text with exactly `decimals` fraction digits ("0.30000000"). */
export function formatScaled(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (decimals === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(decimals + 1, '0');
  const cut = padded.length - decimals;
  const text = `${padded.slice(0, cut)}.${padded.slice(cut)}`;
  return negative ? `-${text}` : text;
}

/** Count of significant fraction digits in decimal text, for precision error messages. */
export function fractionDigits(text: string): number {
  const point = text.indexOf('.');
  if (point < 0) return 0;
  return text.slice(point + 1).replace(/0+$/, '').length;
}

/**
 * Re-express units of 10^-from as units of 10^-to. Going to fewer decimals rounds half-even; the caller decides
 * whether that rounding is acceptable (fees) or a bug (prices never change scale).
 */
export function rescale(units: bigint, from: number, to: number): bigint {
  if (to >= from) return units * pow10(to - from);
  return divRoundHalfEven(units, pow10(from - to));
}

/** n / d rounded to the nearest integer, ties to even (banker's rounding); d must be positive. */
export function divRoundHalfEven(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  let q = n / d;
  let r = n % d;
  // bigint division truncates toward zero; normalise to a floor quotient with 0 ≤ r < d.
  if (r < 0n) {
    q -= 1n;
    r += d;
  }
  const twice = r * 2n;
  if (twice > d || (twice === d && (q & 1n) === 1n)) q += 1n;
  return q;
}
