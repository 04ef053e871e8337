// Feeds the candle and volume series from the market slice's one-minute candles: setData once per symbol,
// timeframe or history reseed, then series.update() for the last bar on every new or changed candle, never
// setData per tick. A frame only ever replaces the last candle or appends one (market-slice upsertCandle keeps the
// other candle objects), so finding the previous second-to-last candle object unchanged in the new list proves the
// change is incremental; anything else (md:history reseeding after a reconnect) is loaded whole.
import type { ISeriesApi } from 'lightweight-charts';
import type { Candle } from '../../../../shared/domain/market-data.js';
import { aggregate, barAt, toCandleData, toVolumeData, type Bar } from './timeframes.js';

export interface FeedColors {
  readonly upVolume: string;
  readonly downVolume: string;
}

export class CandleFeed {
  private list: readonly Candle[] | null = null;
  private readonly bars = new Map<number, Bar>();
  private lastBar: Bar | null = null;

  constructor(
    private readonly candles: ISeriesApi<'Candlestick'>,
    private readonly volume: ISeriesApi<'Histogram'>,
    private seconds: number,
    private colors: FeedColors,
  ) {}

  /** Bars on the chart (one per bucket). */
  get barCount(): number {
    return this.bars.size;
  }

  /** The exact bar at a chart time (legend), or the newest bar. */
  barAt(time: number | null): Bar | null {
    return time === null ? this.lastBar : (this.bars.get(time) ?? null);
  }

  setTimeframe(seconds: number): void {
    if (seconds === this.seconds) return;
    this.seconds = seconds;
    this.load(this.list ?? []);
  }

  setColors(colors: FeedColors): void {
    this.colors = colors;
    this.load(this.list ?? []);
  }

  /** Brings the series to `next`; returns true when it had to reload everything. */
  apply(next: readonly Candle[] | undefined): boolean {
    const list = next ?? [];
    if (list === this.list) return false;
    const prev = this.list;
    if (prev === null || prev.length === 0 || !this.isContinuation(prev, list)) {
      this.load(list);
      return true;
    }
    const lastTime = prev[prev.length - 1]?.time ?? -Infinity;
    let from = list.length;
    while (from > 0 && (list[from - 1]?.time ?? -Infinity) >= lastTime) from--;
    for (let i = from; i < list.length; i++) {
      const bar = barAt(list, i, this.seconds);
      if (bar !== null) this.put(bar);
    }
    this.list = list;
    return false;
  }

  private isContinuation(prev: readonly Candle[], next: readonly Candle[]): boolean {
    const anchor = prev[prev.length - 2] ?? prev[prev.length - 1];
    if (anchor === undefined) return false;
    for (let i = next.length - 1; i >= 0; i--) {
      const c = next[i];
      if (c === undefined || c.time < anchor.time) return false;
      if (c.time === anchor.time) return c === anchor || anchor === prev[prev.length - 1];
    }
    return false;
  }

  private load(list: readonly Candle[]): void {
    const bars = aggregate(list, this.seconds);
    this.bars.clear();
    for (const b of bars) this.bars.set(b.time, b);
    this.lastBar = bars[bars.length - 1] ?? null;
    this.candles.setData(bars.map(toCandleData));
    this.volume.setData(bars.map((b) => toVolumeData(b, this.colors.upVolume, this.colors.downVolume)));
    this.list = list;
  }

  private put(bar: Bar): void {
    this.bars.set(bar.time, bar);
    if (this.lastBar === null || bar.time >= this.lastBar.time) this.lastBar = bar;
    this.candles.update(toCandleData(bar));
    this.volume.update(toVolumeData(bar, this.colors.upVolume, this.colors.downVolume));
  }
}
