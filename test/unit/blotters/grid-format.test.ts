import { describe, expect, it } from 'vitest';
import { defuseCsvText } from '../../../renderer/src/grid/csv-export.js';
import {
  compareDecimal,
  formatDecimal,
  formatSigned,
  formatTime,
  fromFilterUnits,
  signClass,
  toFilterUnits,
} from '../../../renderer/src/grid/format.js';

describe('grid cell formatting', () => {
  it('groups thousands and pads to the instrument precision without going through a float', () => {
    expect(formatDecimal('64012.5', 2)).toBe('64,012.50');
    expect(formatDecimal('1234567.123456789012345678')).toBe('1,234,567.123456789012345678');
    expect(formatDecimal('-1234.5', 1)).toBe('-1,234.5');
    expect(formatDecimal('0.00019', 4)).toBe('0.0002');
    expect(formatDecimal('999', 0)).toBe('999');
    expect(formatDecimal(null)).toBe('');
    expect(formatDecimal('')).toBe('');
  });

  it('signs P&L and colours it by sign, leaving zero and unknown plain', () => {
    expect(formatSigned('12.5', 2)).toBe('+12.50');
    expect(formatSigned('-0.4', 2)).toBe('-0.40');
    expect(formatSigned('0', 2)).toBe('0.00');
    expect(signClass('3')).toBe('ws-up');
    expect(signClass('-3')).toBe('ws-down');
    expect(signClass('0.000')).toBe('');
    expect(signClass(null)).toBe('');
  });

  it('orders decimals exactly, nulls first', () => {
    const values = ['10', '9.99999999999999999', null, '-1', '10.0', '0.1'];
    expect([...values].sort(compareDecimal)).toEqual([null, '-1', '0.1', '9.99999999999999999', '10', '10.0']);
  });

  it('turns decimal text into whole 10^-18 units and back for the exact number filters', () => {
    expect(toFilterUnits('2999.4')).toBe(toFilterUnits('2999.40'));
    expect(toFilterUnits('0.000000000000000001')).toBe(1n);
    expect(toFilterUnits('1e5')).toBeNull();
    expect(toFilterUnits('0.0000000000000000001')).toBeNull();
    expect(fromFilterUnits(toFilterUnits('-64012.5'))).toBe('-64012.5');
    expect(fromFilterUnits(toFilterUnits('7'))).toBe('7');
    expect(fromFilterUnits(null)).toBeNull();
  });

  it('shows the date only for times that are not today', () => {
    const now = new Date(2025, 2, 14, 15, 30).getTime();
    expect(formatTime(new Date(2025, 2, 14, 9, 5, 7, 42).getTime(), now)).toBe('09:05:07.042');
    expect(formatTime(new Date(2025, 2, 13, 23, 59, 59, 999).getTime(), now)).toBe('2025-03-13 23:59:59.999');
    expect(formatTime(Number.NaN, now)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(defuseCsvText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(defuseCsvText('+1')).toBe("'+1");
    expect(defuseCsvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseCsvText('-cmd')).toBe("'-cmd");
    expect(defuseCsvText('Order rejected')).toBe('Order rejected');
  });
});
