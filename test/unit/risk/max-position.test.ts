import { describe, expect, it } from 'vitest';
import { candidateFromAmend } from '../../../electron/risk/candidate.js';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { ctx, limits, order, working } from './fixtures.js';

describe('max position', () => {
  const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { maxPosition: '10' } }) });

  it('refuses a buy that could take a long position past the limit with the working buys', () => {
    const c = ctx({ position: '6', working: [working({ side: 'buy', leavesQty: '3' })] });
    expect(engine.check(order({ qty: '1.5' }), c)).toEqual({
      rule: 'max-position',
      limit: '10 BTC',
      actual: '10.5 BTC long',
      message:
        'If this order and the working buy orders filled, the BTC/USD position would be 10.5 BTC long, beyond the 10 BTC limit.',
    });
  });

  it('allows a buy that reaches the limit exactly in the worst case', () => {
    const c = ctx({ position: '6', working: [working({ side: 'buy', leavesQty: '3' })] });
    expect(engine.check(order({ qty: '1' }), c)).toBeNull();
  });

  it('refuses a sell that could take a short position past the limit', () => {
    const c = ctx({ position: '-4', working: [working({ side: 'sell', leavesQty: '5' })] });
    const refusal = engine.check(order({ side: 'sell', qty: '2' }), c);
    expect(refusal?.actual).toBe('11 BTC short');
    expect(engine.check(order({ side: 'sell', qty: '1' }), c)).toBeNull();
  });

  it('ignores working orders on the other side, in other symbols and in terminal states', () => {
    const c = ctx({
      position: '9',
      working: [
        working({ side: 'sell', leavesQty: '100' }),
        working({ symbol: 'ETH/USD', side: 'buy', leavesQty: '100' }),
        working({ side: 'buy', leavesQty: '100', status: 'canceled' }),
      ],
    });
    expect(engine.check(order({ qty: '1' }), c)).toBeNull();
    expect(engine.check(order({ qty: '1.01' }), c)?.actual).toBe('10.01 BTC long');
  });

  it('counts a sell that flips a long position into a short by the short it leaves', () => {
    const c = ctx({ position: '5' });
    expect(engine.check(order({ side: 'sell', qty: '15' }), c)).toBeNull();
    expect(engine.check(order({ side: 'sell', qty: '15.1' }), c)?.actual).toBe('10.1 BTC short');
  });

  it('allows an order that reduces a position already past a lowered limit', () => {
    expect(engine.check(order({ side: 'sell', qty: '3' }), ctx({ position: '14' }))).toBeNull();
    expect(engine.check(order({ side: 'buy', qty: '0.1' }), ctx({ position: '14' }))?.rule).toBe('max-position');
  });

  it('counts an amended order once, with its new quantity less what it already filled', () => {
    // Position 6 includes the 2 already filled on the order being amended; it has 2 left of 4.
    const resting = working({ side: 'buy', qty: '4', cumQty: '2', leavesQty: '2' });
    const c = ctx({ position: '6', working: [resting] });
    // New total 6: 4 could still fill → worst case 10, at the limit.
    expect(engine.check(candidateFromAmend(resting, { orderKey: resting.orderKey, qty: '6' }), c)).toBeNull();
    // New total 6.5: 4.5 could still fill → 10.5.
    const over = engine.check(candidateFromAmend(resting, { orderKey: resting.orderKey, qty: '6.5' }), c);
    expect(over?.actual).toBe('10.5 BTC long');
  });

  it('allows amending an order down even when the worst case stays past the limit', () => {
    const resting = working({ side: 'buy', qty: '8', leavesQty: '8' });
    const c = ctx({ position: '5', working: [resting] });
    expect(engine.check(candidateFromAmend(resting, { orderKey: resting.orderKey, qty: '7' }), c)).toBeNull();
    expect(engine.check(candidateFromAmend(resting, { orderKey: resting.orderKey, qty: '9' }), c)?.rule).toBe(
      'max-position',
    );
  });

  it('allows only orders that bring the position closer to flat when the limit is zero', () => {
    const flat = new RiskEngine({ limits: limits({ 'BTC/USD': { maxPosition: '0' } }) });
    expect(flat.check(order({ side: 'buy', qty: '0.001' }), ctx({ position: '0' }))?.rule).toBe('max-position');
    expect(flat.check(order({ side: 'sell', qty: '1' }), ctx({ position: '1' }))).toBeNull();
  });
});
