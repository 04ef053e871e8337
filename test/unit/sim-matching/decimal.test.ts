import { describe, expect, it } from 'vitest';
import { divRoundHalfEven, formatScaled, parseScaled, rescale } from '../../../electron/sim/matching/decimal/scaled.js';
import { formatAvgPx } from '../../../electron/sim/matching/decimal/avg-px.js';

describe('scaled decimals', () => {
  it('parses decimal text into integer units at the given precision', () => {
    expect(parseScaled('0.1', 8)).toBe(10_000_000n);
    expect(parseScaled('12', 2)).toBe(1200n);
    expect(parseScaled('.5', 1)).toBe(5n);
    expect(parseScaled('3.', 1)).toBe(30n);
    expect(parseScaled('0.100000000', 8)).toBe(10_000_000n);
  });

  it('refuses text with a significant digit beyond the precision, signs, exponents and garbage', () => {
    expect(parseScaled('0.123', 2)).toBeUndefined();
    expect(parseScaled('-1', 2)).toBeUndefined();
    expect(parseScaled('+1', 2)).toBeUndefined();
    expect(parseScaled('1e-7', 8)).toBeUndefined();
    expect(parseScaled('', 2)).toBeUndefined();
    expect(parseScaled('.', 2)).toBeUndefined();
    expect(parseScaled('1.2.3', 2)).toBeUndefined();
    expect(parseScaled(' 1', 2)).toBeUndefined();
  });

  it('formats units with exactly the precision digits', () => {
    expect(formatScaled(30_000_000n, 8)).toBe('0.30000000');
    expect(formatScaled(500_005n, 1)).toBe('50000.5');
    expect(formatScaled(7n, 0)).toBe('7');
    expect(formatScaled(-15n, 1)).toBe('-1.5');
    expect(formatScaled(0n, 2)).toBe('0.00');
  });

  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    const sum = parseScaled('0.1', 8)! + parseScaled('0.2', 8)!;
    expect(sum).toBe(parseScaled('0.3', 8));
    expect(formatScaled(sum, 8)).toBe('0.30000000');
  });

  it('rounds half to even', () => {
    expect(divRoundHalfEven(5n, 2n)).toBe(2n);
    expect(divRoundHalfEven(7n, 2n)).toBe(4n);
    expect(divRoundHalfEven(11n, 4n)).toBe(3n);
    expect(divRoundHalfEven(9n, 4n)).toBe(2n);
    expect(divRoundHalfEven(-5n, 2n)).toBe(-2n);
    expect(divRoundHalfEven(-7n, 2n)).toBe(-4n);
    expect(() => divRoundHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('rescales up exactly and down with half-even rounding', () => {
    expect(rescale(15n, 1, 3)).toBe(1500n);
    expect(rescale(125n, 2, 1)).toBe(12n);
    expect(rescale(135n, 2, 1)).toBe(14n);
  });
});

describe('AvgPx', () => {
  it('is zero at the price precision before any fill', () => {
    expect(formatAvgPx(0n, 0n, 2)).toBe('0.00');
  });

  it('is exactly the fill price for fills at one price', () => {
    // 3 fills of 0.1 at 50000.5 (priceDecimals 1, lotDecimals 8).
    const qty = 10_000_000n;
    const px = 500_005n;
    expect(formatAvgPx(3n * qty * px, 3n * qty, 1)).toBe('50000.5');
  });

  it('carries up to eight decimals beyond the price precision, rounded half-even', () => {
    // 1 @ 100.00 + 2 @ 100.01 → 300.02 / 3 = 100.006666…
    const notional = 1n * 10000n + 2n * 10001n;
    expect(formatAvgPx(notional, 3n, 2)).toBe('100.0066666667');
  });

  it('stays exact over many fills at different prices', () => {
    let notional = 0n;
    let cum = 0n;
    // 1000 fills of 0.1 at 0.01 + i·0.01 (ETH/USD precision: 2 price, 8 lot decimals).
    for (let i = 1; i <= 1000; i++) {
      const qty = 10_000_000n;
      const px = BigInt(i);
      notional += qty * px;
      cum += qty;
    }
    // Σ i·0.01 over 1..1000 = 5005; mean 5.005 exactly.
    expect(formatAvgPx(notional, cum, 2)).toBe('5.005');
  });
});
