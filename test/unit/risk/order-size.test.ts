import { describe, expect, it } from 'vitest';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { ctx, limits, order, working } from './fixtures.js';

describe('max order quantity', () => {
  const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { maxOrderQty: '5' } }) });

  it('refuses a quantity above the limit and names quantity, limit and symbol', () => {
    expect(engine.check(order({ qty: '7.5' }), ctx())).toEqual({
      rule: 'max-order-qty',
      limit: '5 BTC',
      actual: '7.5 BTC',
      message: 'Order quantity 7.5 BTC exceeds the 5 BTC limit for BTC/USD.',
    });
  });

  it('allows a quantity exactly at the limit, written with trailing zeros', () => {
    expect(engine.check(order({ qty: '5.00000000' }), ctx())).toBeNull();
  });

  it('refuses one lot over the limit (compared exactly, not as floats)', () => {
    expect(engine.check(order({ qty: '5.00000001' }), ctx())?.rule).toBe('max-order-qty');
  });

  it('measures an amend by its new total quantity, not by what is left of it', () => {
    const replacing = working({ qty: '4', cumQty: '3', leavesQty: '1' });
    expect(engine.check(order({ qty: '6', replacing }), ctx())?.actual).toBe('6 BTC');
  });
});

describe('max notional', () => {
  const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { maxNotional: '300000' } }) });

  it('refuses a limit order whose price × quantity is above the limit', () => {
    expect(engine.check(order({ qty: '5.5', price: '60000' }), ctx())).toEqual({
      rule: 'max-notional',
      limit: '300000 USD',
      actual: '330000 USD',
      message: 'Order notional 330000 USD (5.5 BTC at 60000) exceeds the 300000 USD limit for BTC/USD.',
    });
  });

  it('allows a notional exactly at the limit', () => {
    expect(engine.check(order({ qty: '5', price: '60000' }), ctx())).toBeNull();
  });

  it('refuses a notional a fraction of a cent over the limit', () => {
    const refusal = engine.check(order({ qty: '5.00000001', price: '60000' }), ctx());
    expect(refusal?.actual).toBe('300000.0006 USD');
  });

  it('prices a market buy at the ask and a market sell at the bid', () => {
    const touch = { bid: '50000', ask: '60001' };
    const buy = engine.check(order({ type: 'market', price: undefined, qty: '5' }), ctx({ touch }));
    expect(buy?.rule).toBe('max-notional');
    expect(buy?.message).toContain('5 BTC at the ask 60001');
    const sell = engine.check(order({ type: 'market', side: 'sell', price: undefined, qty: '5' }), ctx({ touch }));
    expect(sell).toBeNull();
  });

  it('prices a stop order at its trigger', () => {
    const stop = order({ type: 'stop-loss', price: undefined, stopPrice: '61000', qty: '5' });
    expect(engine.check(stop, ctx())?.message).toContain('5 BTC at the trigger 61000');
  });

  it('refuses a market order with no touch to price it as no-market-price', () => {
    const market = order({ type: 'market', price: undefined, qty: '0.1' });
    expect(engine.check(market, ctx({ touch: null }))).toEqual({
      rule: 'no-market-price',
      limit: '300000 USD',
      actual: 'no ask',
      message:
        'A buy market order on BTC/USD cannot be priced: there is no ask to check it against the 300000 USD notional limit.',
    });
  });

  it('refuses a market sell when only the bid side is missing', () => {
    const market = order({ type: 'market', side: 'sell', price: undefined, qty: '0.1' });
    expect(engine.check(market, ctx({ touch: { bid: null, ask: '60010' } }))?.actual).toBe('no bid');
  });

  it('lets a market order through without a touch when no notional limit applies', () => {
    const free = new RiskEngine({ limits: limits({ 'BTC/USD': { maxOrderQty: '5' } }) });
    expect(free.check(order({ type: 'market', price: undefined }), ctx({ touch: null }))).toBeNull();
  });
});
