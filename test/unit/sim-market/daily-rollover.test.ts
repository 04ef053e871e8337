import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleDailyReset } from '../../../electron/sim/daily-rollover.js';

afterEach(() => vi.useRealTimers());

describe('the exchange daily rollover', () => {
  it('runs at 22:00 UTC, then again a day later, and not after stop', () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 10, 24, 21, 59, 0));
    const resets: string[] = [];
    const lines: string[] = [];
    const rollover = scheduleDailyReset(
      () => resets.push(new Date().toISOString()),
      (l) => lines.push(l),
    );
    vi.advanceTimersByTime(59_000);
    expect(resets).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(resets).toEqual(['2026-11-24T22:00:00.000Z']);
    expect(lines[0]).toMatch(/22:00 UTC/);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(resets).toEqual(['2026-11-24T22:00:00.000Z', '2026-11-25T22:00:00.000Z']);
    rollover.stop();
    vi.advanceTimersByTime(48 * 3600_000);
    expect(resets).toHaveLength(2);
  });
});
