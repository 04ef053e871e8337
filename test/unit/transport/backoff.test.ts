import { describe, it, expect } from 'vitest';
import { backoffCeiling, backoffDelay, resolveBackoff } from '../../../electron/fix/transport/backoff.js';

const o = resolveBackoff({ baseMs: 100, maxMs: 1000, multiplier: 2 });

describe('backoff', () => {
  it('grows the ceiling by the multiplier per failure up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffCeiling(n, o))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('draws the delay uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, o, () => 0)).toBe(0);
    expect(backoffDelay(3, o, () => 0.5)).toBe(200);
    expect(backoffDelay(3, o, () => 0.9999)).toBe(399);
  });

  it('stays finite after very many failures', () => {
    expect(backoffDelay(10_000, o, () => 0.5)).toBe(500);
    expect(backoffDelay(10_000, o, () => 0)).toBe(0);
  });

  it('uses 1 s base, 60 s cap and doubling by default', () => {
    expect(resolveBackoff({})).toEqual({ baseMs: 1000, maxMs: 60_000, multiplier: 2 });
  });

  it.each([
    [{ baseMs: -1 }, /baseMs/],
    [{ baseMs: 100, maxMs: 50 }, /maxMs must be >= baseMs/],
    [{ multiplier: 0.5 }, /multiplier/],
  ])('refuses %o', (bad, message) => {
    expect(() => resolveBackoff(bad)).toThrow(message);
  });
});
