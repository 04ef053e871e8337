import { describe, expect, it } from 'vitest';
import { stepValue } from '../../../renderer/src/features/ticket/step-value.js';

// Arrow Up / Down call stepValue with ±1, with Shift ±10 (DecimalField.tsx maps the keys).
const price = (raw: string, steps: number, start: string | null = null) => stepValue(raw, '0.1', steps, 1, start);
const qty = (raw: string, steps: number, start: string | null = null) => stepValue(raw, '0.0001', steps, null, start);

describe('stepping a price by ticks', () => {
  it('moves one tick per arrow and ten with Shift, shown at the price precision', () => {
    expect(price('64000.1', 1)).toBe('64000.2');
    expect(price('64000.1', -1)).toBe('64000.0');
    expect(price('64000.1', 10)).toBe('64001.1');
    expect(price('64000.1', -10)).toBe('63999.1');
    expect(price('64000', 1)).toBe('64000.1');
  });

  it('is exact where floats are not (3 × 0.1 is 0.30000000000000004)', () => {
    expect(stepValue('0.2', '0.1', 1, null, null)).toBe('0.3');
    expect(stepValue('0.0002', '0.0001', 1, null, null)).toBe('0.0003');
    expect(stepValue('1.00', '0.01', 15, 2, null)).toBe('1.15');
  });

  it('snaps an off-tick value to the ceiling going up and to the floor going down', () => {
    expect(price('64000.15', 1)).toBe('64000.2');
    expect(price('64000.15', -1)).toBe('64000.1');
    expect(price('64000.15', 10)).toBe('64001.1');
    expect(price('64000.15', -10)).toBe('63999.2');
  });

  it('steps on a coarse tick at the instrument precision', () => {
    expect(stepValue('1.00', '0.5', 1, 2, null)).toBe('1.50');
    expect(stepValue('1.2', '0.5', -1, 2, null)).toBe('1.00');
  });

  it('never goes below one tick', () => {
    expect(price('0.1', -1)).toBe('0.1');
    expect(price('0.3', -10)).toBe('0.1');
    expect(price('0', -1)).toBe('0.1');
    expect(price('0', 1)).toBe('0.1');
  });

  it('starts an empty, unreadable or negative field from the start value, else from one step', () => {
    expect(price('', 1, '64000.3')).toBe('64000.3');
    expect(price('abc', -1, '64000.3')).toBe('64000.3');
    expect(price('-5', 1, '64000.3')).toBe('64000.3');
    expect(price('', 1)).toBe('0.1');
    expect(price('', 1, 'junk')).toBe('0.1');
  });
});

describe('stepping a quantity by lots', () => {
  it('moves one lot per arrow and ten with Shift, shown trimmed', () => {
    expect(qty('0.01', 1)).toBe('0.0101');
    expect(qty('0.01', 10)).toBe('0.011');
    expect(qty('1', -1)).toBe('0.9999');
  });

  it('starts an empty field from the minimum quantity', () => {
    expect(qty('', 1, '0.001')).toBe('0.001');
  });

  it('offers nothing when the step is not a positive decimal', () => {
    expect(stepValue('1', '0', 1, null, null)).toBeNull();
    expect(stepValue('1', '-0.1', 1, null, null)).toBeNull();
    expect(stepValue('1', 'lot', 1, null, null)).toBeNull();
  });
});
