import { describe, expect, it } from 'vitest';
import { MarketFrameMerger } from '../../../renderer/src/state/market-frame-merger.js';
import type { BookFrame, MarketDataFrame } from '../../../shared/domain/market-data.js';

const book = (symbol: string, bid: string): BookFrame => ({
  symbol,
  bids: [{ price: bid, qty: '1' }],
  asks: [],
  updatedAt: 0,
  stale: false,
  resyncing: false,
});

describe('market frame merger', () => {
  it('applies what arrived between two paints as one frame: latest book per symbol, every trade, latest candle', () => {
    const applied: MarketDataFrame[] = [];
    const paints: Array<() => void> = [];
    const m = new MarketFrameMerger(
      (f) => applied.push(f),
      (run) => paints.push(run),
    );
    const candle = (close: string) => ({
      symbol: 'BTC/USD',
      candle: { time: 60, open: '1', high: '2', low: '1', close, volume: '1' },
    });
    m.push({
      books: [book('BTC/USD', '100')],
      trades: [{ symbol: 'BTC/USD', price: '100', qty: '1', side: 'buy', time: 1 }],
      candles: [candle('1')],
    });
    m.push({
      books: [book('BTC/USD', '101'), book('ETH/USD', '5')],
      trades: [{ symbol: 'BTC/USD', price: '101', qty: '2', side: null, time: 2 }],
      candles: [candle('2')],
    });
    expect(paints).toHaveLength(1);
    expect(applied).toHaveLength(0);
    paints[0]!();
    expect(applied).toHaveLength(1);
    expect(applied[0]!.books.map((b) => `${b.symbol} ${b.bids[0]!.price}`)).toEqual(['BTC/USD 101', 'ETH/USD 5']);
    expect(applied[0]!.trades.map((t) => t.price)).toEqual(['100', '101']);
    expect(applied[0]!.candles.map((c) => c.candle.close)).toEqual(['2']);
  });

  it('schedules a new paint after a flush, and applies nothing when nothing came', () => {
    const applied: MarketDataFrame[] = [];
    const paints: Array<() => void> = [];
    const m = new MarketFrameMerger(
      (f) => applied.push(f),
      (run) => paints.push(run),
    );
    m.flush();
    expect(applied).toHaveLength(0);
    m.push({ books: [book('BTC/USD', '1')], trades: [], candles: [] });
    paints[0]!();
    m.push({ books: [book('BTC/USD', '2')], trades: [], candles: [] });
    expect(paints).toHaveLength(2);
    paints[1]!();
    expect(applied.map((f) => f.books[0]!.bids[0]!.price)).toEqual(['1', '2']);
  });
});
