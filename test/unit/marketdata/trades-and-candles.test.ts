import { describe, expect, it } from 'vitest';
import { CandleSeries, TradeTape } from '../../../electron/marketdata/index.js';
import { entryTime } from '../../../electron/marketdata/entry-time.js';
import type { TradePrint } from '../../../shared/domain/market-data.js';
import { MdLoop, T0 } from './md-loop.js';

const MIN = 60_000;
const at = (h: number, m: number, s: number, ms = 0): number => Date.UTC(2026, 0, 2, h, m, s, ms);

function print(i: number): TradePrint {
  return { symbol: 'X', price: String(i), qty: '1', side: null, time: i };
}

describe('trade tape', () => {
  it('keeps the newest prints up to its capacity, oldest first', () => {
    const tape = new TradeTape(3);
    for (let i = 1; i <= 5; i++) tape.push(print(i));
    expect(tape.size).toBe(3);
    expect(tape.toArray().map((t) => t.price)).toEqual(['3', '4', '5']);
    tape.push(print(6));
    expect(tape.toArray().map((t) => t.price)).toEqual(['4', '5', '6']);
  });
});

describe('one-minute candles', () => {
  it('aggregates open, high, low, close and an exact volume per minute and starts a new candle in the next minute', () => {
    const c = new CandleSeries();
    c.add('100.5', '0.1', at(12, 0, 10));
    c.add('101.25', '0.2', at(12, 0, 20));
    c.add('99.75', '0.3', at(12, 0, 50));
    c.add('100.0', '0.00000001', at(12, 0, 59, 999));
    c.add('102', '1', at(12, 1, 0));
    expect(c.toArray()).toEqual([
      { time: at(12, 0, 0) / 1000, open: '100.5', high: '101.25', low: '99.75', close: '100.0', volume: '0.60000001' },
      { time: at(12, 1, 0) / 1000, open: '102', high: '102', low: '102', close: '102', volume: '1' },
    ]);
  });

  it('puts a late trade into the minute it happened in without moving that minute’s close', () => {
    const c = new CandleSeries();
    c.add('10', '1', at(12, 0, 30));
    c.add('20', '1', at(12, 2, 0));
    expect(c.add('5', '2', at(12, 0, 10))).toBe(at(12, 0, 0) / 1000);
    expect(c.add('7', '1', at(12, 1, 0))).toBe(at(12, 1, 0) / 1000);
    expect(c.toArray().map((k) => [k.time, k.open, k.low, k.close, k.volume])).toEqual([
      [at(12, 0, 0) / 1000, '5', '5', '10', '3'],
      [at(12, 1, 0) / 1000, '7', '7', '7', '1'],
      [at(12, 2, 0) / 1000, '20', '20', '20', '1'],
    ]);
  });

  it('keeps only the newest candles up to its limit and drops a trade older than all of them', () => {
    const c = new CandleSeries(3);
    for (let m = 0; m < 5; m++) c.add('1', '1', at(12, m, 0));
    expect(c.toArray().map((k) => k.time)).toEqual([2, 3, 4].map((m) => at(12, m, 0) / 1000));
    expect(c.add('1', '1', at(12, 0, 5))).toBeNull();
    expect(c.size).toBe(3);
  });
});

describe('trade time', () => {
  it('places a time of day on the nearest day to our clock and uses MDEntryDate when given', () => {
    expect(entryTime('03:04:05.678', undefined, T0 + 1000)).toBe(T0);
    expect(entryTime('23:59:59.900', undefined, Date.UTC(2026, 0, 3, 0, 0, 1))).toBe(
      Date.UTC(2026, 0, 2, 23, 59, 59, 900),
    );
    expect(entryTime('00:00:00.100', undefined, Date.UTC(2026, 0, 2, 23, 59, 59))).toBe(
      Date.UTC(2026, 0, 3, 0, 0, 0, 100),
    );
    expect(entryTime('12:00:00', '20250101', T0)).toBe(Date.UTC(2025, 0, 1, 12));
    expect(entryTime(undefined, undefined, 42)).toBe(42);
    expect(entryTime('garbage', undefined, 42)).toBe(42);
  });
});

describe('trades from the feed', () => {
  it('records the simulator’s prints with price, quantity, aggressor side and time, and builds candles from them', () => {
    const loop = new MdLoop();
    loop.limit('2', '30300.0', '1');
    loop.limit('1', '30200.0', '1');
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD' });
    loop.pump();
    loop.limit('1', '30300.0', '0.1', 'BTC/USD', 'TAKER');
    loop.now += MIN;
    loop.limit('2', '30200.0', '0.3', 'BTC/USD', 'TAKER');
    loop.pump();
    const { trades, candles } = loop.client.history('BTC/USD');
    expect(trades).toEqual([
      { symbol: 'BTC/USD', price: '30300.0', qty: '0.10000000', side: 'buy', time: T0 },
      { symbol: 'BTC/USD', price: '30200.0', qty: '0.30000000', side: 'sell', time: T0 + MIN },
    ]);
    expect(candles.map((k) => [k.time, k.open, k.close, k.volume])).toEqual([
      [Math.floor(T0 / MIN) * 60, '30300.0', '30300.0', '0.1'],
      [Math.floor(T0 / MIN) * 60 + 60, '30200.0', '30200.0', '0.3'],
    ]);
  });

  it('bounds each symbol’s tape', () => {
    const loop = new MdLoop('kraken', { tapeSize: 4 });
    loop.limit('2', '30300.0', '10');
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD' });
    for (let i = 1; i <= 6; i++) loop.limit('1', '30300.0', `0.${i}`, 'BTC/USD', 'TAKER');
    loop.pump();
    expect(loop.client.history('BTC/USD').trades.map((t) => t.qty)).toEqual(
      ['0.3', '0.4', '0.5', '0.6'].map((q) => `${q}0000000`),
    );
  });
});
