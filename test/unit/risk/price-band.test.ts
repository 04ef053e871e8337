import { describe, expect, it } from 'vitest';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { ctx, limits, order } from './fixtures.js';

// Touch 59990 / 60010 in every test unless said otherwise.
describe('price band in percent', () => {
  const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { priceBandPct: '1' } }) });

  it('refuses a buy limit more than 1 % above the ask', () => {
    expect(engine.check(order({ price: '61000' }), ctx())).toEqual({
      rule: 'price-band-pct',
      limit: '1 %',
      actual: '1.65 %',
      message: 'Buy limit 61000 USD is 1.65 % above the ask 60010, beyond the 1 % price band for BTC/USD.',
    });
  });

  it('allows a buy limit exactly 1 % above the ask and refuses one tick more', () => {
    expect(engine.check(order({ price: '60610.1' }), ctx())).toBeNull();
    expect(engine.check(order({ price: '60610.2' }), ctx())?.rule).toBe('price-band-pct');
  });

  it('refuses a sell limit more than 1 % below the bid', () => {
    const refusal = engine.check(order({ side: 'sell', price: '59000' }), ctx());
    expect(refusal?.rule).toBe('price-band-pct');
    expect(refusal?.message).toBe(
      'Sell limit 59000 USD is 1.65 % below the bid 59990, beyond the 1 % price band for BTC/USD.',
    );
  });

  it('allows a sell limit exactly 1 % below the bid', () => {
    expect(engine.check(order({ side: 'sell', price: '59390.1' }), ctx())).toBeNull();
    expect(engine.check(order({ side: 'sell', price: '59390' }), ctx())?.rule).toBe('price-band-pct');
  });

  it('allows passive prices however far from the touch', () => {
    expect(engine.check(order({ side: 'buy', price: '1' }), ctx())).toBeNull();
    expect(engine.check(order({ side: 'sell', price: '1000000' }), ctx())).toBeNull();
  });

  it('measures a stop-limit from its trigger, not from the touch', () => {
    const stop = { type: 'stop-loss-limit' as const, stopPrice: '70000' };
    expect(engine.check(order({ ...stop, price: '70700' }), ctx())).toBeNull();
    const refusal = engine.check(order({ ...stop, price: '70701' }), ctx());
    expect(refusal?.rule).toBe('price-band-pct');
    expect(refusal?.message).toContain('above the trigger 70000');
  });

  it('skips the band when there is no touch to measure from', () => {
    expect(engine.check(order({ price: '99999' }), ctx({ touch: null }))).toBeNull();
    expect(engine.check(order({ price: '99999' }), ctx({ touch: { bid: '59990', ask: null } }))).toBeNull();
  });

  it('does not band market orders', () => {
    expect(engine.check(order({ type: 'market', price: undefined }), ctx())).toBeNull();
  });
});

describe('price band in ticks', () => {
  const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { priceBandTicks: 50 } }) });

  it('refuses a buy limit more than 50 ticks above the ask', () => {
    expect(engine.check(order({ price: '60015.1' }), ctx())).toEqual({
      rule: 'price-band-ticks',
      limit: '50 ticks',
      actual: '51 ticks',
      message:
        'Buy limit 60015.1 USD is 51 ticks (tick 0.1) above the ask 60010, beyond the 50-tick price band for BTC/USD.',
    });
  });

  it('allows a buy limit exactly 50 ticks above the ask', () => {
    expect(engine.check(order({ price: '60015' }), ctx())).toBeNull();
  });

  it('refuses a sell limit 51 ticks below the bid and allows 50', () => {
    expect(engine.check(order({ side: 'sell', price: '59984.9' }), ctx())?.rule).toBe('price-band-ticks');
    expect(engine.check(order({ side: 'sell', price: '59985' }), ctx())).toBeNull();
  });

  it('allows a zero-tick band to join the ask but not to cross it', () => {
    const strict = new RiskEngine({ limits: limits({ 'BTC/USD': { priceBandTicks: 0 } }) });
    expect(strict.check(order({ price: '60010' }), ctx())).toBeNull();
    expect(strict.check(order({ price: '60010.1' }), ctx())?.rule).toBe('price-band-ticks');
  });

  it('is skipped without the instrument, whose tick size it needs', () => {
    expect(engine.check(order({ price: '70000' }), ctx({ instrument: undefined }))).toBeNull();
  });

  it('is checked after the percent band when both are set', () => {
    const both = new RiskEngine({ limits: limits({ 'BTC/USD': { priceBandPct: '1', priceBandTicks: 50 } }) });
    expect(both.check(order({ price: '61000' }), ctx())?.rule).toBe('price-band-pct');
    expect(both.check(order({ price: '60100' }), ctx())?.rule).toBe('price-band-ticks');
  });
});
