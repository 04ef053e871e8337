import { describe, expect, it } from 'vitest';
import { dayRange, tickOf, topOfBook } from '../../../renderer/src/features/market/top-of-book.js';
import { text, type Dec } from '../../../shared/domain/decimal.js';
import type { Candle, TradePrint } from '../../../shared/domain/market-data.js';
import { book } from './ticket-fixtures.js';

const show = (d: Dec | null): string | null => (d === null ? null : text(d));

function candle(time: number, high: string, low: string, volume: string): Candle {
  return { time, open: low, high, low, close: high, volume };
}

function print(price: string): TradePrint {
  return { symbol: 'BTC/USD', price, qty: '1', side: null, time: 0 };
}

describe('top of book', () => {
  it('shows the best bid and ask with spread, mid and spread in basis points', () => {
    const t = topOfBook(
      book(
        [
          ['100.1', '2'],
          ['100', '5'],
        ],
        [['100.4', '1']],
      ),
      1,
    );
    expect({ ...t, spread: show(t.spread), mid: show(t.mid), spreadBps: show(t.spreadBps) }).toEqual({
      bid: '100.1',
      bidQty: '2',
      ask: '100.4',
      askQty: '1',
      spread: '0.3',
      mid: '100.25',
      spreadBps: '29.93',
      crossed: false,
    });
  });

  it('flags a locked or crossed book, deciding by exact decimals', () => {
    expect(topOfBook(book([['100.4', '1']], [['100.4', '1']]), 1).crossed).toBe(true);
    expect(topOfBook(book([['100.5', '1']], [['100.4', '1']]), 1)).toMatchObject({ crossed: true });
    // As floats these two are the same number; as prices the ask is above the bid.
    expect(topOfBook(book([['100.1', '1']], [['100.10000000000000001', '1']]), 1).crossed).toBe(false);
  });

  it('shows what one side has when the other is empty, and nothing without a book', () => {
    expect(topOfBook(book([['5', '1']], []), 1)).toEqual({
      bid: '5',
      bidQty: '1',
      ask: null,
      askQty: null,
      spread: null,
      spreadBps: null,
      mid: null,
      crossed: false,
    });
    expect(topOfBook(undefined, 1)).toMatchObject({ bid: null, ask: null, mid: null, crossed: false });
  });
});

describe('the 24-hour range', () => {
  it('takes high, low and exact volume from the last day of one-minute candles only', () => {
    const last = 1_705_320_000;
    const candles = [
      candle(last - 86_400, '999', '1', '100'),
      candle(last - 86_340, '105', '95.5', '0.1'),
      candle(last - 60, '110', '99', '0.2'),
      candle(last, '104', '100', '0.3'),
    ];
    const r = dayRange(candles);
    expect(r && { ...r, volume: text(r.volume) }).toEqual({ high: '110', low: '95.5', volume: '0.6', spanSec: 86_400 });
  });

  it('covers only what it holds, and nothing without candles', () => {
    const r = dayRange([candle(600, '2', '1', '3')]);
    expect(r && { ...r, volume: text(r.volume) }).toEqual({ high: '2', low: '1', volume: '3', spanSec: 60 });
    expect(dayRange([])).toBeNull();
    expect(dayRange(undefined)).toBeNull();
  });
});

describe('tick direction of a print', () => {
  it('is up or down against the print before, and a zero tick keeps the direction it follows', () => {
    expect(tickOf(print('100'), undefined, 'up')).toBe('flat');
    expect(tickOf(print('100.1'), print('100'), 'flat')).toBe('up');
    expect(tickOf(print('99.9'), print('100'), 'up')).toBe('down');
    expect(tickOf(print('100'), print('100.0'), 'up')).toBe('up');
    expect(tickOf(print('100'), print('100'), 'down')).toBe('down');
    expect(tickOf(print('0.30000000000000001'), print('0.3'), 'down')).toBe('up');
  });
});
