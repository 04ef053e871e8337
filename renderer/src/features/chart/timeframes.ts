// Chart timeframes, aggregated in the renderer from main's one-minute candles: a bar of N minutes is the first
// open, highest high, lowest low, last close and summed volume of the one-minute candles in its bucket. Exact
// decimal arithmetic decides highs, lows and volumes; numbers appear only as the chart's coordinates.
import type { CandlestickData, HistogramData, UTCTimestamp } from 'lightweight-charts';
import { add, cmp, dec, toNumber, type Dec } from '../../../../shared/domain/decimal.js';
import type { Candle } from '../../../../shared/domain/market-data.js';

export type TimeframeId = '1m' | '5m' | '15m' | '1h';

export interface Timeframe {
  readonly id: TimeframeId;
  readonly seconds: number;
  readonly label: string;
  /** Key that picks it while the chart panel has focus. */
  readonly key: string;
}

export const TIMEFRAMES: readonly Timeframe[] = [
  { id: '1m', seconds: 60, label: '1 minute', key: '1' },
  { id: '5m', seconds: 300, label: '5 minutes', key: '2' },
  { id: '15m', seconds: 900, label: '15 minutes', key: '3' },
  { id: '1h', seconds: 3600, label: '1 hour', key: '4' },
];

/** One aggregated bar in exact decimals, and whether it closed at or above its open (the buy colour). */
export interface Bar {
  readonly time: number;
  readonly open: Dec;
  readonly high: Dec;
  readonly low: Dec;
  readonly close: Dec;
  readonly volume: Dec;
}

export function bucketOf(time: number, seconds: number): number {
  return Math.floor(time / seconds) * seconds;
}

function fold(bar: Bar | null, c: Candle, time: number): Bar {
  if (bar === null) {
    return { time, open: dec(c.open), high: dec(c.high), low: dec(c.low), close: dec(c.close), volume: dec(c.volume) };
  }
  const high = dec(c.high);
  const low = dec(c.low);
  return {
    time,
    open: bar.open,
    high: cmp(high, bar.high) > 0 ? high : bar.high,
    low: cmp(low, bar.low) < 0 ? low : bar.low,
    close: dec(c.close),
    volume: add(bar.volume, dec(c.volume)),
  };
}

/** Every bar of the series, oldest first (candles oldest first, as the market slice keeps them). */
export function aggregate(candles: readonly Candle[], seconds: number): Bar[] {
  const out: Bar[] = [];
  let bar: Bar | null = null;
  for (const c of candles) {
    const time = bucketOf(c.time, seconds);
    if (bar !== null && bar.time !== time) {
      out.push(bar);
      bar = null;
    }
    bar = fold(bar, c, time);
  }
  if (bar !== null) out.push(bar);
  return out;
}

/** The bar of `bucket`, from the one-minute candles up to and including index `last` (scanning back). */
export function barAt(candles: readonly Candle[], last: number, seconds: number): Bar | null {
  const c = candles[last];
  if (c === undefined) return null;
  const bucket = bucketOf(c.time, seconds);
  let first = last;
  while (first > 0 && bucketOf(candles[first - 1]?.time ?? -Infinity, seconds) === bucket) first--;
  let bar: Bar | null = null;
  for (let i = first; i <= last; i++) {
    const x = candles[i];
    if (x !== undefined) bar = fold(bar, x, bucket);
  }
  return bar;
}

export function isUp(bar: Bar): boolean {
  return cmp(bar.close, bar.open) >= 0;
}

export function toCandleData(bar: Bar): CandlestickData<UTCTimestamp> {
  return {
    time: bar.time as UTCTimestamp,
    open: toNumber(bar.open),
    high: toNumber(bar.high),
    low: toNumber(bar.low),
    close: toNumber(bar.close),
  };
}

export function toVolumeData(bar: Bar, upColor: string, downColor: string): HistogramData<UTCTimestamp> {
  return { time: bar.time as UTCTimestamp, value: toNumber(bar.volume), color: isUp(bar) ? upColor : downColor };
}
