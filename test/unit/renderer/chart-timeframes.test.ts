import { describe, expect, it } from 'vitest';
import {
  aggregate,
  barAt,
  bucketOf,
  isUp,
  TIMEFRAMES,
  toCandleData,
  toVolumeData,
  type Bar,
} from '../../../renderer/src/features/chart/timeframes.js';
import { text } from '../../../shared/domain/decimal.js';
import type { Candle } from '../../../shared/domain/market-data.js';

/** A one-minute candle starting `minute` minutes after 12:00:00 UTC on 2024-01-15. */
const T0 = Date.UTC(2024, 0, 15, 12) / 1000;
function m(minute: number, open: string, high: string, low: string, close: string, volume: string): Candle {
  return { time: T0 + minute * 60, open, high, low, close, volume };
}

/** A bar in decimal text, for comparing. */
function shown(b: Bar | null): Record<string, string | number> | null {
  if (b === null) return null;
  const { time, open, high, low, close, volume } = b;
  return { time, open: text(open), high: text(high), low: text(low), close: text(close), volume: text(volume) };
}

describe('chart timeframes', () => {
  it('lists 1m, 5m, 15m and 1h with distinct keys', () => {
    expect(TIMEFRAMES.map((t) => [t.id, t.seconds])).toEqual([
      ['1m', 60],
      ['5m', 300],
      ['15m', 900],
      ['1h', 3600],
    ]);
    expect(new Set(TIMEFRAMES.map((t) => t.key)).size).toBe(TIMEFRAMES.length);
  });

  it('puts a time into the bucket that starts at or before it', () => {
    expect(bucketOf(T0 + 299, 300)).toBe(T0);
    expect(bucketOf(T0 + 300, 300)).toBe(T0 + 300);
    expect(bucketOf(T0 + 3599, 3600)).toBe(T0);
  });

  it('folds one-minute candles into five-minute bars: first open, highest high, lowest low, last close, summed volume', () => {
    const candles = [
      m(0, '100', '101', '99.5', '100.5', '0.1'),
      m(1, '100.5', '103', '100', '102', '0.2'),
      m(4, '102', '102.5', '98', '99', '1.25'),
      m(5, '99', '99.5', '98.5', '99.25', '3'),
      m(7, '99.25', '100', '99', '99.75', '0.5'),
    ];
    expect(aggregate(candles, 300).map(shown)).toEqual([
      { time: T0, open: '100', high: '103', low: '98', close: '99', volume: '1.55' },
      { time: T0 + 300, open: '99', high: '100', low: '98.5', close: '99.75', volume: '3.5' },
    ]);
  });

  it('keeps one-minute candles as they are at the one-minute timeframe, gaps included', () => {
    const candles = [m(0, '1', '2', '0.5', '1.5', '10'), m(3, '1.5', '1.5', '1.5', '1.5', '0')];
    expect(aggregate(candles, 60).map(shown)).toEqual([
      { time: T0, open: '1', high: '2', low: '0.5', close: '1.5', volume: '10' },
      { time: T0 + 180, open: '1.5', high: '1.5', low: '1.5', close: '1.5', volume: '0' },
    ]);
    expect(aggregate([], 300)).toEqual([]);
  });

  it('decides highs, lows and volumes exactly where floating point would not', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; the two highs are one Number.
    const candles = [
      m(0, '5', '100.10000000000000001', '4', '5', '0.1'),
      m(1, '5', '100.1', '3.99999999999999999', '5', '0.2'),
    ];
    const [bar] = aggregate(candles, 300);
    expect(shown(bar ?? null)).toMatchObject({
      high: '100.10000000000000001',
      low: '3.99999999999999999',
      volume: '0.3',
    });
    expect(toVolumeData(bar!, 'up', 'down').value).toBe(0.3);
  });

  it('builds the bar of the newest candle from its bucket only, up to that candle', () => {
    const candles = [
      m(0, '10', '11', '9', '10', '1'),
      m(1, '10', '12', '10', '11', '1'),
      m(5, '11', '11', '8', '9', '2'),
      m(6, '9', '13', '9', '12', '3'),
    ];
    expect(shown(barAt(candles, 3, 300))).toEqual({
      time: T0 + 300,
      open: '11',
      high: '13',
      low: '8',
      close: '12',
      volume: '5',
    });
    expect(shown(barAt(candles, 1, 300))).toEqual({
      time: T0,
      open: '10',
      high: '12',
      low: '9',
      close: '11',
      volume: '2',
    });
    expect(barAt(candles, 4, 300)).toBeNull();
  });

  it('colours a bar that closed at or above its open as up, and hands the chart numbers', () => {
    const [flat, down] = aggregate([m(0, '5', '6', '4', '5', '1'), m(5, '5', '6', '4', '4.5', '1')], 300);
    expect(isUp(flat!)).toBe(true);
    expect(isUp(down!)).toBe(false);
    expect(toCandleData(down!)).toEqual({ time: T0 + 300, open: 5, high: 6, low: 4, close: 4.5 });
    expect(toVolumeData(flat!, 'green', 'red')).toEqual({ time: T0, value: 1, color: 'green' });
    expect(toVolumeData(down!, 'green', 'red').color).toBe('red');
  });
});
