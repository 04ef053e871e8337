import { describe, expect, it } from 'vitest';
import {
  formatAge,
  formatAt,
  formatDec,
  formatMid,
  formatPrice,
  formatQty,
  formatTimeMs,
  midOf,
  spreadBps,
  spreadOf,
} from '../../../renderer/src/features/market/format.js';
import { dec, text } from '../../../shared/domain/decimal.js';
import { btc } from './ticket-fixtures.js';

describe('market formatting', () => {
  it('shows prices and quantities at the instrument precision, rounding half away from zero', () => {
    const inst = btc();
    expect(formatPrice('64000', inst)).toBe('64000.0');
    expect(formatPrice('64000.15', inst)).toBe('64000.2');
    expect(formatPrice('64000.149999999999', inst)).toBe('64000.1');
    expect(formatQty('0.5', inst)).toBe('0.5000');
    expect(formatQty('1.00005', inst)).toBe('1.0001');
    expect(formatAt('-0.05', 1)).toBe('-0.1');
  });

  it('shows the text as main sent it when the instrument is not known, a dash for none, and never hides odd text', () => {
    expect(formatPrice('64000.123', undefined)).toBe('64000.123');
    expect(formatPrice(null, btc())).toBe('—');
    expect(formatQty(undefined, btc())).toBe('—');
    expect(formatPrice('1e3', btc())).toBe('1e3');
  });

  it('computes mids and spreads exactly and shows a half-tick mid with one more digit', () => {
    expect(text(midOf('100.1', '100.2', 1))).toBe('100.15');
    expect(text(midOf('100.1', '100.3', 1))).toBe('100.2');
    expect(formatMid(midOf('100.1', '100.2', 1), 1)).toBe('100.15');
    expect(formatMid(midOf('100.1', '100.3', 1), 1)).toBe('100.2');
    expect(text(spreadOf('0.1', '0.3'))).toBe('0.2');
    expect(formatDec(spreadOf('100.1', '100.4'), 2)).toBe('0.30');
  });

  it('gives the spread in basis points of the mid to two decimals, and none without a positive mid', () => {
    expect(text(spreadBps(dec('0.3'), dec('100.25'))!)).toBe('29.93');
    expect(text(spreadBps(dec('1'), dec('10000'))!)).toBe('1');
    expect(spreadBps(dec('1'), dec('0'))).toBeNull();
    expect(spreadBps(dec('1'), dec('-5'))).toBeNull();
  });

  it('shows an update age in tenths of a second, then seconds, then minutes', () => {
    expect(formatAge(-5)).toBe('0.0 s');
    expect(formatAge(400)).toBe('0.4 s');
    expect(formatAge(9_940)).toBe('9.9 s');
    expect(formatAge(10_000)).toBe('10 s');
    expect(formatAge(119_400)).toBe('119 s');
    expect(formatAge(120_000)).toBe('2 min');
    expect(formatAge(3_600_000)).toBe('60 min');
  });

  it('shows tape times as local HH:MM:SS.mmm', () => {
    expect(formatTimeMs(new Date(2024, 0, 15, 8, 5, 7, 42).getTime())).toBe('08:05:07.042');
  });
});
