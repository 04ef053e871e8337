import type { ISeriesApi } from 'lightweight-charts';
import { describe, expect, it } from 'vitest';
import { CandleFeed } from '../../../renderer/src/features/chart/candle-feed.js';
import { text } from '../../../shared/domain/decimal.js';
import type { Candle } from '../../../shared/domain/market-data.js';

const T0 = Date.UTC(2024, 0, 15, 12) / 1000;
function m(minute: number, close: string, volume = '1'): Candle {
  return { time: T0 + minute * 60, open: close, high: close, low: close, close, volume };
}

/** The two calls the feed makes on a series, recorded. */
class FakeSeries {
  readonly loads: unknown[][] = [];
  readonly updates: unknown[] = [];
  setData(data: unknown[]): void {
    this.loads.push(data);
  }
  update(point: unknown): void {
    this.updates.push(point);
  }
}

function feed(seconds = 60): { feed: CandleFeed; candles: FakeSeries; volume: FakeSeries } {
  const candles = new FakeSeries();
  const volume = new FakeSeries();
  const f = new CandleFeed(
    candles as unknown as ISeriesApi<'Candlestick'>,
    volume as unknown as ISeriesApi<'Histogram'>,
    seconds,
    { upVolume: 'up', downVolume: 'down' },
  );
  return { feed: f, candles, volume };
}

describe('the candle feed', () => {
  it('loads a symbol once with setData, then moves the last bar with update on every tick', () => {
    const { feed: f, candles, volume } = feed();
    const first = [m(0, '10'), m(1, '11')];
    expect(f.apply(first)).toBe(true);
    expect(candles.loads).toHaveLength(1);
    expect(candles.loads[0]).toHaveLength(2);
    expect(volume.loads).toHaveLength(1);

    // The store replaces only the last candle object: an incremental change.
    const ticked = [first[0]!, m(1, '12', '2')];
    expect(f.apply(ticked)).toBe(false);
    expect(candles.loads).toHaveLength(1);
    expect(candles.updates).toEqual([{ time: T0 + 60, open: 12, high: 12, low: 12, close: 12 }]);
    expect(volume.updates).toEqual([{ time: T0 + 60, value: 2, color: 'up' }]);

    // A new minute appended: the previous last bar (it may have had a last tick) and the new one, no reload.
    const appended = [...ticked, m(2, '9')];
    expect(f.apply(appended)).toBe(false);
    expect(candles.loads).toHaveLength(1);
    expect(candles.updates.slice(1)).toEqual([
      { time: T0 + 60, open: 12, high: 12, low: 12, close: 12 },
      { time: T0 + 120, open: 9, high: 9, low: 9, close: 9 },
    ]);
    expect(f.barCount).toBe(3);

    // The same list again changes nothing.
    expect(f.apply(appended)).toBe(false);
    expect(candles.updates).toHaveLength(3);
  });

  it('reloads everything when the history is reseeded with new candle objects', () => {
    const { feed: f, candles } = feed();
    const first = [m(0, '10'), m(1, '11'), m(2, '12')];
    f.apply(first);
    const reseeded = first.map((c) => ({ ...c }));
    expect(f.apply(reseeded)).toBe(true);
    expect(candles.loads).toHaveLength(2);
    expect(candles.updates).toHaveLength(0);
  });

  it('folds a tick into its five-minute bar and re-aggregates on a timeframe change', () => {
    const { feed: f, candles } = feed(300);
    const first = [m(0, '10'), m(5, '11'), m(6, '14')];
    f.apply(first);
    expect(candles.loads[0]).toHaveLength(2);
    f.apply([first[0]!, first[1]!, m(6, '8', '4')]);
    expect(candles.updates).toEqual([{ time: T0 + 300, open: 11, high: 11, low: 8, close: 8 }]);
    const bar = f.barAt(T0 + 300);
    expect(bar && [text(bar.high), text(bar.low), text(bar.volume)]).toEqual(['11', '8', '5']);

    f.setTimeframe(60);
    expect(candles.loads).toHaveLength(2);
    expect(candles.loads[1]).toHaveLength(3);
    f.setTimeframe(60);
    expect(candles.loads).toHaveLength(2);
  });

  it('answers the legend with the exact bar at a time, or the newest bar', () => {
    const { feed: f } = feed();
    expect(f.barAt(null)).toBeNull();
    f.apply([m(0, '10'), m(1, '11')]);
    expect(f.barAt(null)?.time).toBe(T0 + 60);
    expect(f.barAt(T0)?.time).toBe(T0);
    expect(f.barAt(T0 + 30)).toBeNull();
  });

  it('clears the series when the symbol has no candles', () => {
    const { feed: f, candles } = feed();
    f.apply([m(0, '10')]);
    expect(f.apply(undefined)).toBe(true);
    expect(candles.loads.at(-1)).toEqual([]);
    expect(f.barAt(null)).toBeNull();
  });
});
