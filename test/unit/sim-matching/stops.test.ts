import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, carol, summary, trades } from './support/harness.js';

/** A book around 100 on SOL/USD with a last trade at 100.00. */
function market(): Harness {
  const h = new Harness();
  h.limit(carol, 'buy', '10', '99.00', { symbol: 'SOL/USD' });
  h.limit(carol, 'sell', '10', '101.00', { symbol: 'SOL/USD' });
  h.limit(carol, 'sell', '1', '100.00', { symbol: 'SOL/USD' });
  h.limit(bob, 'buy', '1', '100.00', { symbol: 'SOL/USD' });
  return h;
}

const SOL = { symbol: 'SOL/USD' } as const;

describe('stop-loss and take-profit orders', () => {
  it('a stop-loss sell waits, then fires as a market order when the last trade is at or below the stop', () => {
    const h = market();
    const placed = h.order(alice, 'sell', '3', '2', { ...SOL, stopPx: '99.50', clOrdId: 'sl' });
    expect(summary(placed)).toEqual(['accepted 0/0 sl']);
    expect(placed[0]!.kind === 'accepted' && placed[0]!.order.untriggered).toBe(true);
    expect(h.depth('SOL/USD', 5).asks.map((l) => l.price)).toEqual(['101.00']);

    h.limit(carol, 'buy', '1', '99.60', SOL);
    const fired = h.limit(bob, 'sell', '0.5', '99.00', SOL);
    const lines = summary(fired);
    expect(lines.slice(0, 3)).toEqual([
      'accepted 0/0 6',
      'trade F/1 5 0.50000000@99.60 maker',
      'trade F/2 6 0.50000000@99.60 taker',
    ]);
    // 99.60 is above the stop: nothing fired yet.
    expect(lines).toHaveLength(3);

    const crossing = h.limit(bob, 'sell', '1', '99.00', SOL);
    const restated = crossing.find((e) => e.kind === 'restated');
    expect(restated?.kind === 'restated' && restated.order).toMatchObject({ ordType: '1', clOrdId: 'sl' });
    expect(restated?.kind === 'restated' && restated.triggerPrice).toBe('99.00');
    const slFills = trades(crossing).filter((t) => t.order.clOrdId === 'sl');
    expect(slFills.map((t) => `${t.lastQty}@${t.lastPx} ${t.liquidity}`)).toEqual(['2.00000000@99.00 taker']);
    expect(slFills[0]!.order.ordStatus).toBe('2');
  });

  it('a stop-loss-limit buy fires at or above the stop and rests at its limit', () => {
    const h = market();
    h.order(alice, 'buy', '4', '2', { ...SOL, stopPx: '100.50', price: '100.80', clOrdId: 'sll' });
    const fired = h.limit(bob, 'buy', '1', '101.00', SOL);
    expect(summary(fired)).toEqual([
      'accepted 0/0 5',
      'trade F/1 2 1.00000000@101.00 maker',
      'trade F/2 5 1.00000000@101.00 taker',
      'restated D/0 sll',
    ]);
    const restated = fired[3]!;
    expect(restated.kind === 'restated' && restated.order.ordType).toBe('2');
    expect(h.engine.topOfBook('SOL/USD')?.bid).toEqual({ price: '100.80', qty: '2.00000000', orderCount: 1 });
  });

  it('a take-profit sell fires when the last trade is at or above the stop', () => {
    const h = market();
    h.order(alice, 'sell', 'R', '1', { ...SOL, stopPx: '101.00', clOrdId: 'tp' });
    const events = h.limit(bob, 'buy', '1', '101.00', SOL);
    expect(summary(events).slice(3)).toEqual([
      'restated D/0 tp',
      'trade F/1 1 1.00000000@99.00 maker',
      'trade F/2 tp 1.00000000@99.00 taker',
    ]);
  });

  it('a take-profit-limit buy fires when the last trade is at or below the stop', () => {
    const h = market();
    h.order(alice, 'buy', 'T', '1', { ...SOL, stopPx: '99.00', price: '99.50', clOrdId: 'tpl' });
    const events = h.limit(bob, 'sell', '1', '99.00', SOL);
    expect(summary(events)).toContain('restated D/0 tpl');
    expect(h.engine.topOfBook('SOL/USD')?.bid).toEqual({ price: '99.50', qty: '1.00000000', orderCount: 1 });
  });

  it('fires at once when the last trade already crossed the stop on entry', () => {
    const h = market();
    const events = h.order(alice, 'sell', '3', '1', { ...SOL, stopPx: '100.50', clOrdId: 'late' });
    expect(summary(events)).toEqual([
      'accepted 0/0 late',
      'restated D/0 late',
      'trade F/1 1 1.00000000@99.00 maker',
      'trade F/2 late 1.00000000@99.00 taker',
    ]);
  });

  it('cascades: trades of one triggered stop fire the next', () => {
    const h = new Harness();
    h.limit(carol, 'buy', '1', '99.00', SOL);
    h.limit(carol, 'buy', '1', '98.00', SOL);
    h.limit(carol, 'buy', '5', '97.00', SOL);
    h.limit(carol, 'sell', '1', '100.00', SOL);
    h.limit(bob, 'buy', '1', '100.00', SOL);
    h.order(alice, 'sell', '3', '1', { ...SOL, stopPx: '99.50', clOrdId: 'first' });
    h.order(bob, 'sell', '3', '1', { ...SOL, stopPx: '98.50', clOrdId: 'second' });
    const events = h.limit(bob, 'sell', '0.5', '99.00', SOL);
    const restated = events.filter((e) => e.kind === 'restated').map((e) => e.kind === 'restated' && e.order.clOrdId);
    expect(restated).toEqual(['first', 'second']);
    expect(h.engine.topOfBook('SOL/USD')?.lastTradePx).toBe('97.00');
  });

  it('orders triggered by the index price fire on an index update, not on trades', () => {
    const h = market();
    h.order(alice, 'sell', '3', '1', { ...SOL, stopPx: '99.50', triggerReference: 1, clOrdId: 'idx' });
    const trade = h.limit(bob, 'sell', '1', '99.00', SOL);
    expect(summary(trade)).not.toContain('restated D/0 idx');
    const fired = h.send({ type: 'index-price', symbol: 'SOL/USD', price: '99.40' });
    expect(summary(fired)[0]).toBe('restated D/0 idx');
  });

  it('untriggered stops can be canceled', () => {
    const h = market();
    const placed = h.order(alice, 'sell', '3', '1', { ...SOL, stopPx: '99.50', clOrdId: 'sl' });
    const orderId = Harness.orderIdOf(placed);
    const canceled = h.send({ type: 'cancel', owner: alice, clOrdId: 'c1', orderId, symbol: 'SOL/USD' });
    expect(summary(canceled)).toEqual(['canceled 4/4 sl user']);
    expect(summary(h.limit(bob, 'sell', '1', '99.00', SOL))).not.toContain('restated D/0 sl');
  });

  it('trailing stops are refused as unsupported', () => {
    const h = market();
    const events = h.order(alice, 'sell', 'U', '1', { ...SOL, stopPx: '1.00' });
    expect(events[0]).toMatchObject({ kind: 'rejected', text: 'EGeneral:Invalid arguments:ordertype' });
  });
});
