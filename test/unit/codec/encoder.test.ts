import { describe, expect, it } from 'vitest';
import { FixEncoder, FixParser, formatDecimal, readDecimal } from '../../../electron/fix/codec/index.js';
import { checksumOf } from '../../support/fix-text.js';

describe('FixEncoder', () => {
  it('writes BeginString, a correct BodyLength and a correct CheckSum', () => {
    const raw = new FixEncoder().begin('D').str(49, 'TW').str(56, 'ISLD').int(34, 12).str(11, 'A1').num(44, 43250.5).finish();
    const text = raw.toString('latin1');
    expect(text.startsWith('8=FIX.4.4\x019=')).toBe(true);
    const body = text.slice(text.indexOf('\x0135=') + 1, text.lastIndexOf('10='));
    expect(text).toContain(`\x019=${body.length}\x01`);
    expect(text.endsWith(`10=${checksumOf(raw)}\x01`)).toBe(true);
    expect(new FixParser().parse(raw, 0, raw.length)?.getNumber(44)).toBe(43250.5);
  });

  it('writes numbers exactly: no float noise, no exponent', () => {
    const cases: Array<[number, string]> = [
      [0.1, '0.1'], [0.3, '0.3'], [1.005, '1.005'], [43250.5, '43250.5'], [-0.5, '-0.5'], [1e-7, '0.0000001'],
      [1e21, '1000000000000000000000'], [123456789.123, '123456789.123'], [100, '100'], [0, '0'], [2.5e-8, '0.000000025'],
      [0.1 + 0.2, '0.30000000000000004'],
    ];
    for (const [v, want] of cases) {
      const raw = new FixEncoder().begin('0').num(44, v).finish().toString('latin1');
      expect(raw).toContain(`\x0144=${want}\x01`);
      expect(formatDecimal(v)).toBe(want);
    }
  });

  it('round-trips random prices and quantities through text', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const v = Math.round(rnd() * 10 ** (1 + (i % 9))) / 10 ** (i % 8);
      const text = formatDecimal(v);
      expect(text).not.toMatch(/e/i);
      expect(Number.parseFloat(text)).toBe(v);
      const buf = Buffer.from(text, 'latin1');
      expect(readDecimal(buf, 0, buf.length)).toBe(v);
    }
  });

  it('refuses values that would corrupt the message: SOH, non-ASCII, NaN, Infinity', () => {
    expect(() => new FixEncoder().begin('D').str(58, 'a\x0110=000')).toThrow(/SOH/);
    expect(() => new FixEncoder().begin('D').str(58, 'café')).toThrow(/character code/);
    expect(() => new FixEncoder().begin('D').num(44, Number.NaN)).toThrow(RangeError);
    expect(() => new FixEncoder().begin('D').num(44, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => new FixEncoder().begin('D').str(0, 'x')).toThrow(/invalid FIX tag/);
  });

  it('grows past its initial capacity and starts clean on the next begin', () => {
    const enc = new FixEncoder('FIX.4.4', 64);
    const big = enc.begin('B').str(58, 'x'.repeat(10_000)).finish();
    expect(new FixParser().parse(big, 0, big.length)?.getString(58)?.length).toBe(10_000);
    const small = enc.begin('0').int(34, 1).finish();
    expect(new FixParser().parse(small, 0, small.length)?.msgType).toBe('0');
  });

  it('copies pre-encoded fields verbatim with the CheckSum still right', () => {
    const raw = new FixEncoder().begin('D').bytes(Buffer.from('11=A\x0155=BTC/USD\x01', 'latin1')).finish();
    expect(new FixParser().parse(raw, 0, raw.length)?.getString(55)).toBe('BTC/USD');
  });
});

describe('readDecimal', () => {
  it('reads what parseFloat reads and refuses what is not a FIX decimal', () => {
    const read = (s: string) => readDecimal(Buffer.from(s, 'latin1'), 0, s.length);
    for (const s of ['0', '-1.5', '43250.50', '.5', '5.', '+2', '12345678901234567.25', '0.000000025']) {
      expect(read(s)).toBe(Number.parseFloat(s));
    }
    for (const s of ['', '-', '1e5', '1.2.3', 'abc', '1,5', ' 1']) expect(Number.isNaN(read(s))).toBe(true);
  });
});
