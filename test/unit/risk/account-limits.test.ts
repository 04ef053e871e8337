import { describe, expect, it } from 'vitest';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { candidateFromAmend } from '../../../electron/risk/candidate.js';
import { ctx, limits, order, working } from './fixtures.js';

describe('max open orders', () => {
  const engine = new RiskEngine({ limits: limits({}, { maxOpenOrders: 3 }) });

  it('refuses a new order when the working orders across all sessions are at the limit', () => {
    const c = ctx({ working: [working(), working({ sessionId: 'other' }), working({ symbol: 'ETH/USD' })] });
    expect(engine.check(order(), c)).toEqual({
      rule: 'max-open-orders',
      limit: '3 open orders',
      actual: '4 open orders',
      message: '3 orders are already working across all sessions; one more would exceed the limit of 3 open orders.',
    });
  });

  it('allows the order that makes the count exactly the limit', () => {
    expect(engine.check(order(), ctx({ working: [working(), working()] }))).toBeNull();
  });

  it('does not count orders in terminal states', () => {
    const done = [working({ status: 'filled' }), working({ status: 'canceled' }), working({ status: 'rejected' })];
    expect(engine.check(order(), ctx({ working: [working(), working(), ...done] }))).toBeNull();
  });

  it('never refuses an amend, which opens no order', () => {
    const all = [working(), working(), working()];
    const first = all[0]!;
    expect(
      engine.check(candidateFromAmend(first, { orderKey: first.orderKey, qty: '2' }), ctx({ working: all })),
    ).toBeNull();
  });
});

describe('order-rate throttle', () => {
  const limited = () => new RiskEngine({ limits: limits({}, { maxOrdersPerSecond: 3 }) });

  it('refuses the order that would be one more than the limit within a second', () => {
    const engine = limited();
    engine.recordSent('new', 1000, order());
    engine.recordSent('amend', 1400, order());
    expect(engine.check(order(), ctx({ now: 1999 }))).toBeNull();
    engine.recordSent('new', 1999, order());
    expect(engine.check(order(), ctx({ now: 1999 }))).toEqual({
      rule: 'order-rate',
      limit: '3 orders/s',
      actual: '4 orders/s',
      message: 'This would be 4 orders and amends within 1 s, over the 3 orders/s limit; wait a moment and send again.',
    });
  });

  it('slides: a send leaves the window exactly one second after it went out', () => {
    const engine = limited();
    for (const at of [1000, 1500, 1700]) engine.recordSent('new', at, order());
    expect(engine.check(order(), ctx({ now: 1999 }))?.rule).toBe('order-rate');
    expect(engine.check(order(), ctx({ now: 2000 }))).toBeNull();
    engine.recordSent('new', 2000, order());
    expect(engine.check(order(), ctx({ now: 2499 }))?.rule).toBe('order-rate');
    expect(engine.check(order(), ctx({ now: 2500 }))).toBeNull();
  });

  it('counts amends as well as new orders', () => {
    const engine = limited();
    for (const at of [1000, 1001, 1002]) engine.recordSent('amend', at, order());
    expect(engine.check(order(), ctx({ now: 1003 }))?.rule).toBe('order-rate');
  });

  it('counts only what was recorded as sent, not what was checked', () => {
    const engine = limited();
    for (let i = 0; i < 10; i++) expect(engine.check(order(), ctx({ now: 1000 + i }))).toBeNull();
  });
});

describe('duplicate-order guard', () => {
  const guarded = () => new RiskEngine({ limits: limits({}, { duplicateWindowMs: 500 }) });

  it('refuses an identical new order sent within the window as a probable double click', () => {
    const engine = guarded();
    engine.recordSent('new', 1000, order({ qty: '1.0', price: '60000.0' }));
    expect(engine.check(order({ qty: '1', price: '60000' }), ctx({ now: 1120 }))).toEqual({
      rule: 'duplicate-order',
      limit: '500 ms',
      actual: '120 ms',
      message:
        'The same order (buy 1 BTC/USD limit at 60000 on demo-trading) was sent 120 ms ago; refused as a probable ' +
        'double click. Send it again after 500 ms if you mean it.',
    });
  });

  it('expires: the same order is allowed exactly the window after the first', () => {
    const engine = guarded();
    engine.recordSent('new', 1000, order());
    expect(engine.check(order(), ctx({ now: 1499 }))?.rule).toBe('duplicate-order');
    expect(engine.check(order(), ctx({ now: 1500 }))).toBeNull();
  });

  it('allows an order that differs in session, symbol, side, type, quantity, price or trigger', () => {
    const engine = guarded();
    engine.recordSent('new', 1000, order({ type: 'stop-loss-limit', stopPrice: '61000', price: '61100' }));
    const same = { type: 'stop-loss-limit' as const, stopPrice: '61000', price: '61100' };
    const c = ctx({ now: 1100 });
    expect(engine.check(order(same), c)?.rule).toBe('duplicate-order');
    expect(engine.check(order({ ...same, sessionId: 'other' }), c)).toBeNull();
    expect(engine.check(order({ ...same, symbol: 'ETH/USD' }), c)).toBeNull();
    expect(engine.check(order({ ...same, side: 'sell' }), c)).toBeNull();
    expect(engine.check(order({ ...same, type: 'take-profit-limit' }), c)).toBeNull();
    expect(engine.check(order({ ...same, qty: '1.1' }), c)).toBeNull();
    expect(engine.check(order({ ...same, price: '61100.1' }), c)).toBeNull();
    expect(engine.check(order({ ...same, stopPrice: '61000.1' }), c)).toBeNull();
  });

  it('does not remember amends, nor guard them', () => {
    const engine = guarded();
    const resting = working({ qty: '1', price: '60000' });
    const amend = candidateFromAmend(resting, { orderKey: resting.orderKey, qty: '2' });
    engine.recordSent('amend', 1000, amend);
    expect(engine.check(order({ qty: '2', price: '60000' }), ctx({ now: 1001 }))).toBeNull();
    engine.recordSent('new', 1000, order({ qty: '2', price: '60000' }));
    expect(engine.check(amend, ctx({ now: 1001 }))).toBeNull();
  });

  it('is off with a zero window', () => {
    const engine = new RiskEngine({ limits: limits({}, { duplicateWindowMs: 0 }) });
    engine.recordSent('new', 1000, order());
    expect(engine.check(order(), ctx({ now: 1000 }))).toBeNull();
  });
});
