import { TickMarkType, type UTCTimestamp } from 'lightweight-charts';
import { describe, expect, it } from 'vitest';
import { barTimeLocal, crosshairTimeLocal, tickMarkLocal } from '../../../renderer/src/features/chart/chart-time.js';

// Built and read in the machine's own time zone, so the expectations hold wherever the suite runs.
const at = new Date(2024, 0, 15, 18, 55, 7).getTime();
const sec = (at / 1000) as UTCTimestamp;

describe('chart times in local time', () => {
  it('shows a bar of today as its time only, and a bar of another day with weekday and date', () => {
    expect(barTimeLocal(sec, at + 60_000)).toBe('18:55');
    expect(barTimeLocal(sec, at + 86_400_000)).toBe('Mon 15 Jan, 18:55');
    expect(barTimeLocal(sec, at - 86_400_000)).toBe('Mon 15 Jan, 18:55');
  });

  it('labels axis ticks by their kind: days by date, seconds when the axis asks for them, else hours and minutes', () => {
    expect(tickMarkLocal(sec, TickMarkType.Time)).toBe('18:55');
    expect(tickMarkLocal(sec, TickMarkType.TimeWithSeconds)).toBe('18:55:07');
    expect(tickMarkLocal(sec, TickMarkType.DayOfMonth)).toBe('15 Jan');
    expect(tickMarkLocal(sec, TickMarkType.Month)).toBe('15 Jan');
    expect(tickMarkLocal(sec, TickMarkType.Year)).toBe('15 Jan');
    expect(tickMarkLocal({ year: 2024, month: 1, day: 15 }, TickMarkType.DayOfMonth)).toBe('15 Jan');
  });

  it('shows the crosshair time with weekday, date, hours and minutes', () => {
    expect(crosshairTimeLocal(sec)).toBe('Mon 15 Jan, 18:55');
  });
});
