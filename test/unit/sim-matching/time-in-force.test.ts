import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, carol, cancels, rejects, summary, trades } from './support/harness.js';

describe('time in force', () => {
  it('IOC fills what it can and cancels the rest', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.4', '50000.0');
    h.limit(alice, 'sell', '0.4', '50010.0');
    const events = h.limit(bob, 'buy', '1', '50000.0', { timeInForce: '3' });
    expect(summary(events)).toEqual([
      'accepted 0/0 3',
      'trade F/2 1 0.40000000@50000.0 maker',
      'trade F/1 3 0.40000000@50000.0 taker',
      'canceled 4/4 3 ioc-remainder',
    ]);
    expect(cancels(events)[0]!.order).toMatchObject({
      cumQty: '0.40000000',
      leavesQty: '0.00000000',
      avgPx: '50000.0',
    });
    expect(h.engine.topOfBook('BTC/USD')?.bid).toBeUndefined();
  });

  it('IOC that cannot trade at all is canceled without fills', () => {
    const h = new Harness();
    const events = h.limit(bob, 'buy', '1', '50000.0', { timeInForce: '3' });
    expect(summary(events)).toEqual(['accepted 0/0 1', 'canceled 4/4 1 ioc-remainder']);
  });

  it('FOK is killed without any fill when the book within its limit is too thin', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.4', '50000.0');
    h.limit(carol, 'sell', '0.4', '50005.0');
    h.limit(alice, 'sell', '5', '50100.0');
    const before = h.depth('BTC/USD', 10);
    const events = h.limit(bob, 'buy', '1', '50005.0', { timeInForce: '4' });
    expect(summary(events)).toEqual(['accepted 0/0 4', 'canceled 4/4 4 fok-not-fillable']);
    expect(trades(events)).toHaveLength(0);
    expect(h.depth('BTC/USD', 10)).toEqual(before);
  });

  it('FOK one lot unit larger than the book within its limit is killed', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.5', '50000.0');
    h.limit(carol, 'sell', '0.49999999', '50005.0', { displayQty: '0.1' });
    const killed = h.limit(bob, 'buy', '1', '50005.0', { timeInForce: '4' });
    expect(summary(killed)).toEqual(['accepted 0/0 3', 'canceled 4/4 3 fok-not-fillable']);
    const filled = h.limit(bob, 'buy', '0.99999999', '50005.0', { timeInForce: '4' });
    expect(summary(filled).at(-1)).toBe('trade F/2 4 0.09999999@50005.0 taker');
  });

  it('FOK that the book can fill completely trades across levels', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '0.4', '50000.0');
    h.limit(carol, 'sell', '0.6', '50005.0');
    const events = h.limit(bob, 'buy', '1', '50005.0', { timeInForce: '4' });
    const taker = trades(events).filter((t) => t.liquidity === 'taker');
    expect(taker.map((t) => t.lastQty)).toEqual(['0.40000000', '0.60000000']);
    expect(taker[1]!.order).toMatchObject({ ordStatus: '2', avgPx: '50003.0' });
  });

  it('FOK counts iceberg reserves that refresh within the same sweep', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1.5', '50000.0', { displayQty: '0.1' });
    const events = h.limit(bob, 'buy', '1.2', '50000.0', { timeInForce: '4' });
    const taker = trades(events).filter((t) => t.liquidity === 'taker');
    expect(taker).toHaveLength(12);
    expect(taker[11]!.order.ordStatus).toBe('2');
  });

  it('GTD rests until its ExpireTime and then expires on the clock', () => {
    const h = new Harness();
    const expireTime = h.clock.t + 60_000;
    const placed = h.limit(alice, 'buy', '1', '50000.0', { timeInForce: '6', expireTime });
    expect(summary(placed)).toEqual(['accepted 0/0 1']);
    expect(placed[0]!.kind === 'accepted' && placed[0]!.order.expireTime).toBe(expireTime);

    h.clock.t = expireTime - 1;
    expect(h.send({ type: 'tick' })).toEqual([]);
    h.clock.t = expireTime;
    const expired = h.send({ type: 'tick' });
    expect(summary(expired)).toEqual(['expired C/C 1']);
    expect(expired[0]!.kind === 'expired' && expired[0]!.order.leavesQty).toBe('0.00000000');
    expect(h.engine.topOfBook('BTC/USD')?.bid).toBeUndefined();
  });

  it('GTD expiry is applied before the next command even without a tick', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0', { timeInForce: '6', expireTime: h.clock.t + 1000 });
    h.clock.t += 5000;
    const events = h.limit(bob, 'buy', '1', '50000.0');
    expect(summary(events)).toEqual(['expired C/C 1', 'accepted 0/0 2']);
  });

  it('GTD keeps its partial fills when it expires', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50000.0', { timeInForce: '6', expireTime: h.clock.t + 1000 });
    h.limit(bob, 'buy', '0.3', '50000.0');
    h.clock.t += 1000;
    const expired = h.send({ type: 'tick' });
    expect(expired[0]!.kind === 'expired' && expired[0]!.order).toMatchObject({
      ordStatus: 'C',
      cumQty: '0.30000000',
      leavesQty: '0.00000000',
    });
  });

  it('GTD without ExpireTime, in the past, or beyond a month is refused', () => {
    const h = new Harness();
    expect(rejects(h.limit(alice, 'buy', '1', '50000.0', { timeInForce: '6' }))[0]).toMatchObject({
      text: 'EGeneral:Invalid arguments:expiretm',
      businessRejectReason: 5,
    });
    expect(rejects(h.limit(alice, 'buy', '1', '50000.0', { timeInForce: '6', expireTime: h.clock.t }))[0]?.code).toBe(
      'invalid-expire-time',
    );
    const tooFar = h.clock.t + 31 * 24 * 3600 * 1000;
    expect(rejects(h.limit(alice, 'buy', '1', '50000.0', { timeInForce: '6', expireTime: tooFar }))[0]?.code).toBe(
      'invalid-expire-time',
    );
  });

  it('an order with a future EffectiveTime is Pending New and invisible until then', () => {
    const h = new Harness();
    h.limit(bob, 'buy', '1', '50000.0');
    const effectiveTime = h.clock.t + 10_000;
    const placed = h.limit(alice, 'sell', '1', '50000.0', { effectiveTime });
    expect(summary(placed)).toEqual(['accepted A/A 2']);
    expect(h.engine.topOfBook('BTC/USD')?.ask).toBeUndefined();
    h.clock.t = effectiveTime;
    const live = h.send({ type: 'tick' });
    expect(summary(live)).toEqual([
      'accepted 0/0 2',
      'trade F/2 1 1.00000000@50000.0 maker',
      'trade F/2 2 1.00000000@50000.0 taker',
    ]);
  });
});
