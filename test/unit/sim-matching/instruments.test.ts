import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTRUMENTS, InstrumentTable, defineInstrument } from '../../../electron/sim/matching/instruments.js';

describe('instruments', () => {
  it('resolves known pairs with their rules in engine units', () => {
    const table = new InstrumentTable();
    const r = table.resolve('ETH/BTC');
    if (!r.ok) throw new Error('ETH/BTC should resolve');
    expect(r.instrument).toMatchObject({
      base: 'ETH',
      quote: 'BTC',
      priceDecimals: 5,
      tickUnits: 1n,
      qtyMinUnits: 200_000n,
    });
  });

  it('refuses an unknown or delisted pair with Kraken’s text and BusinessRejectReason 2', () => {
    const delisted = defineInstrument({ ...DEFAULT_INSTRUMENTS[0]!, symbol: 'OLD/USD', status: 'delisted' });
    const table = new InstrumentTable([...DEFAULT_INSTRUMENTS, delisted]);
    const expected = { ok: false, code: 'unknown-pair', text: 'EQuery:Unknown asset pair', businessRejectReason: 2 };
    expect(table.resolve('XBT/USD')).toEqual(expected);
    expect(table.resolve('btc/usd')).toEqual(expected);
    expect(table.resolve('OLD/USD')).toEqual(expected);
  });

  it('refuses inconsistent definitions and duplicate symbols', () => {
    const btc = DEFAULT_INSTRUMENTS[0]!;
    expect(() => defineInstrument({ ...btc, tickSize: '0.01' })).toThrow(/tick size/);
    expect(() => defineInstrument({ ...btc, qtyMin: '0' })).toThrow(/qtyMin/);
    expect(() => new InstrumentTable([btc, btc])).toThrow(/duplicate/);
  });
});
