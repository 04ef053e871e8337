import { describe, expect, it } from 'vitest';
import { dec } from '../../../shared/domain/decimal.js';
import { fillOf, fitQty } from '../../../renderer/src/features/ladder/format.js';

describe('quantities in the ladder narrow columns', () => {
  it('shows a quantity exactly when it fits the width and rounds only one digit beyond it', () => {
    expect(fitQty(dec('1.5'), 9)).toBe('1.5');
    expect(fitQty(dec('0.1234567'), 9)).toBe('0.1234567');
    expect(fitQty(dec('0.12345671'), 9)).toBe('0.1234567');
  });

  it('rounds a long fraction to the width, half away from zero, trimming zeros', () => {
    expect(fitQty(dec('0.12345678'), 9)).toBe('0.1234568');
    expect(fitQty(dec('12.345650001'), 9)).toBe('12.34565');
    expect(fitQty(dec('1.000000001'), 9)).toBe('1');
  });

  it('keeps every integer digit even when they alone overflow the width', () => {
    expect(fitQty(dec('1234567890'), 9)).toBe('1234567890');
    expect(fitQty(dec('123456789.5'), 9)).toBe('123456790');
  });
});

describe('depth bars', () => {
  it('are a share of the largest visible level in 5 % steps, never under 5 %', () => {
    expect(fillOf(dec('10'), 10)).toBe(100);
    expect(fillOf(dec('5'), 10)).toBe(50);
    expect(fillOf(dec('5.3'), 10)).toBe(55);
    expect(fillOf(dec('0.001'), 10)).toBe(5);
  });

  it('are empty without a level or without anything to compare with', () => {
    expect(fillOf(undefined, 10)).toBe(0);
    expect(fillOf(dec('1'), 0)).toBe(0);
  });
});
