import { describe, expect, it } from 'vitest';
import { add, cmp, dec, div, fixed, isMultipleOf, mul, round, sub, text, tryDec } from '../../../shared/domain/decimal.js';

describe('shared exact decimals', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(text(add(dec('0.1'), dec('0.2')))).toBe('0.3');
  });

  it('subtracts and multiplies across scales without float noise', () => {
    expect(text(sub(dec('64000.5'), dec('0.25')))).toBe('64000.25');
    expect(text(mul(dec('64012.3'), dec('0.0015')))).toBe('96.01845');
    expect(text(sub(dec('1'), dec('3')))).toBe('-2');
  });

  it('divides rounding half away from zero at the scale asked for', () => {
    expect(text(div(dec('2'), dec('3'), 4))).toBe('0.6667');
    expect(text(div(dec('-2'), dec('3'), 4))).toBe('-0.6667');
    expect(text(div(dec('1'), dec('8'), 2))).toBe('0.13');
    expect(() => div(dec('1'), dec('0'), 2)).toThrow(/division by zero/);
  });

  it('compares values of different scales', () => {
    expect(cmp(dec('1.50'), dec('1.5'))).toBe(0);
    expect(cmp(dec('-1'), dec('0.001'))).toBe(-1);
    expect(cmp(dec('100'), dec('99.999'))).toBe(1);
  });

  it('knows whether a price sits on the tick grid', () => {
    expect(isMultipleOf(dec('64012.5'), dec('0.1'))).toBe(true);
    expect(isMultipleOf(dec('64012.55'), dec('0.1'))).toBe(false);
    expect(isMultipleOf(dec('0.0003'), dec('0.0001'))).toBe(true);
    expect(isMultipleOf(dec('1'), dec('0'))).toBe(false);
  });

  it('formats trimmed and fixed text', () => {
    expect(text(dec('2.000'))).toBe('2');
    expect(text(dec('-0.0'))).toBe('0');
    expect(fixed(dec('1.005'), 2)).toBe('1.01');
    expect(fixed(dec('3'), 3)).toBe('3.000');
    expect(text(round(dec('-1.25'), 1))).toBe('-1.3');
  });

  it('refuses text that is not a plain decimal', () => {
    expect(tryDec('1e5')).toBeNull();
    expect(tryDec(' 1')).toBeNull();
    expect(tryDec('+1')).toBeNull();
    expect(() => dec('NaN')).toThrow(/not a decimal/);
  });
});
