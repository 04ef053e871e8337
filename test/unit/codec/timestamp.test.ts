import { describe, expect, it } from 'vitest';
import { formatUtcTimestamp, formatUtcTimestampSeconds, parseUtcTimestamp } from '../../../electron/fix/codec/index.js';

describe('UTCTimestamp', () => {
  it('formats epoch milliseconds as YYYYMMDD-HH:MM:SS.sss in UTC', () => {
    const t = Date.UTC(2026, 10, 24, 21, 59, 59, 7);
    expect(formatUtcTimestamp(t)).toBe('20261124-21:59:59.007');
    expect(formatUtcTimestamp(t + 993)).toBe('20261124-22:00:00.000');
    expect(formatUtcTimestampSeconds(t)).toBe('20261124-21:59:59');
  });

  it('parses with and without fractions, and refuses impossible dates', () => {
    expect(parseUtcTimestamp('20261124-22:00:00.123')).toBe(Date.UTC(2026, 10, 24, 22, 0, 0, 123));
    expect(parseUtcTimestamp('20261124-22:00:00')).toBe(Date.UTC(2026, 10, 24, 22, 0, 0, 0));
    expect(parseUtcTimestamp('20261124-22:00:00.123456')).toBe(Date.UTC(2026, 10, 24, 22, 0, 0, 123));
    for (const bad of ['20261131-10:00:00', '2026112-10:00:00', '20261124-24:00:00', '20261124 10:00:00', '']) {
      expect(Number.isNaN(parseUtcTimestamp(bad))).toBe(true);
    }
  });
});
