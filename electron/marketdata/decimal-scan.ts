// Prices arrive as decimal text; the book orders them by an exact integer key: the price in units of 10^-scale,
// held in a double (exact below 2^53, which covers 15 significant digits, far beyond any venue's price). Scanning
// the wire bytes directly means a price that only updates an existing level never becomes a string.

const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const MAX_EXACT = Number.MAX_SAFE_INTEGER;

export function pow10(n: number): number {
  return POW10[n] ?? 10 ** n;
}

/** Reused scanner: one instance per reader, results in fields so nothing is allocated per value. */
export class DecimalScan {
  /** Digits without the point, trailing fraction zeros dropped ("30300.50" → 303005). */
  units = 0;
  /** Fraction digits left after dropping trailing zeros ("30300.50" → 1, "30300" → 0). */
  decimals = 0;

  /** Non-negative decimal text of at most 15 significant digits; false for anything else. */
  scan(buf: Uint8Array, start: number, end: number): boolean {
    let units = 0;
    let decimals = 0;
    let pendingZeros = 0;
    let inFraction = false;
    let digits = 0;
    if (start >= end) return false;
    for (let p = start; p < end; p++) {
      const c = buf[p]!;
      if (c === 0x2e) {
        if (inFraction) return false;
        inFraction = true;
        continue;
      }
      const d = c - 0x30;
      if (d < 0 || d > 9) return false;
      digits++;
      if (!inFraction) {
        units = units * 10 + d;
      } else if (d === 0) {
        pendingZeros++;
      } else {
        // Zeros seen since the last non-zero fraction digit are significant after all.
        units = units * pow10(pendingZeros + 1) + d;
        decimals += pendingZeros + 1;
        pendingZeros = 0;
      }
    }
    if (digits === 0 || units > MAX_EXACT) return false;
    this.units = units;
    this.decimals = decimals;
    return true;
  }

  /**
   * Like scan, but every digit counts ("0.50000000" → units 50000000, decimals 8), so the venue's text can be
   * written back exactly (quantities: shown as sent, and Kraken's checksum uses them as sent). False past 15 digits.
   */
  scanWire(buf: Uint8Array, start: number, end: number): boolean {
    let units = 0;
    let decimals = 0;
    let inFraction = false;
    if (start >= end) return false;
    for (let p = start; p < end; p++) {
      const c = buf[p]!;
      if (c === 0x2e) {
        if (inFraction) return false;
        inFraction = true;
        continue;
      }
      const d = c - 0x30;
      if (d < 0 || d > 9) return false;
      units = units * 10 + d;
      if (inFraction) decimals++;
    }
    if (units > MAX_EXACT || (inFraction && decimals === 0)) return false;
    this.units = units;
    this.decimals = decimals;
    return true;
  }
}

/** Decimal text of `units` × 10^-decimals with exactly `decimals` fraction digits (the inverse of scanWire). */
export function formatUnits(units: number, decimals: number): string {
  const digits = String(units);
  if (decimals === 0) return digits;
  const padded = digits.length > decimals ? digits : '0'.repeat(decimals - digits.length + 1) + digits;
  return `${padded.slice(0, padded.length - decimals)}.${padded.slice(padded.length - decimals)}`;
}

/** units at `decimals` brought to `scale` (≥ decimals) fraction digits; NaN when it would not stay exact. */
export function atScale(units: number, decimals: number, scale: number): number {
  const v = decimals === scale ? units : units * pow10(scale - decimals);
  return v <= MAX_EXACT ? v : NaN;
}
