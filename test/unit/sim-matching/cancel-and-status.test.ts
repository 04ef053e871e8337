import { describe, expect, it } from 'vitest';
import { Harness, alice, alice2, bob, cancels, rejects, summary } from './support/harness.js';

describe('cancel (35=F)', () => {
  it('cancels by OrderID with the request ClOrdID on the report', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'o1' }));
    const events = h.send({ type: 'cancel', owner: alice, clOrdId: 'c1', orderId: id, symbol: 'BTC/USD' });
    expect(summary(events)).toEqual(['canceled 4/4 o1 user']);
    expect(cancels(events)[0]).toMatchObject({ requestClOrdId: 'c1', text: 'User requested' });
    expect(h.depth().bids).toEqual([]);
  });

  it('cancels by OrigClOrdID, and OrderID wins when both are given', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'o1' });
    const id2 = Harness.orderIdOf(h.limit(alice, 'buy', '1', '49000.0', { clOrdId: 'o2' }));
    const byClOrdId = h.send({ type: 'cancel', owner: alice, clOrdId: 'c1', origClOrdId: 'o1', symbol: 'BTC/USD' });
    expect(summary(byClOrdId)).toEqual(['canceled 4/4 o1 user']);
    h.limit(alice, 'buy', '1', '48000.0', { clOrdId: 'o3' });
    const both = h.send({
      type: 'cancel',
      owner: alice,
      clOrdId: 'c2',
      orderId: id2,
      origClOrdId: 'o3',
      symbol: 'BTC/USD',
    });
    expect(summary(both)).toEqual(['canceled 4/4 o2 user']);
  });

  it('keeps partial fills on the cancel report', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0'));
    h.limit(bob, 'sell', '0.3', '50000.0');
    const events = h.send({ type: 'cancel', owner: alice, clOrdId: 'c', orderId: id, symbol: 'BTC/USD' });
    expect(cancels(events)[0]!.order).toMatchObject({
      ordStatus: '4',
      cumQty: '0.30000000',
      leavesQty: '0.00000000',
      avgPx: '50000.0',
    });
  });

  it('is refused for orders of another session, unknown or already closed orders, or a wrong symbol', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0'));
    const other = h.send({ type: 'cancel', owner: alice2, clOrdId: 'c1', orderId: id, symbol: 'BTC/USD' });
    expect(rejects(other)[0]).toMatchObject({
      refMsgType: 'F',
      clOrdId: 'c1',
      orderId: id,
      text: 'EOrder:Unknown order',
      businessRejectReason: 101,
    });
    const wrongSymbol = h.send({ type: 'cancel', owner: alice, clOrdId: 'c2', orderId: id, symbol: 'ETH/USD' });
    expect(rejects(wrongSymbol)[0]?.code).toBe('unknown-order');
    h.send({ type: 'cancel', owner: alice, clOrdId: 'c3', orderId: id, symbol: 'BTC/USD' });
    const twice = h.send({ type: 'cancel', owner: alice, clOrdId: 'c4', orderId: id, symbol: 'BTC/USD' });
    expect(rejects(twice)[0]?.code).toBe('unknown-order');
    const neither = h.send({ type: 'cancel', owner: alice, clOrdId: 'c5', symbol: 'BTC/USD' });
    expect(rejects(neither)[0]).toMatchObject({ code: 'missing-order-id', businessRejectReason: 5 });
  });
});

describe('mass cancel (35=q) and cancel on disconnect', () => {
  function book(h: Harness) {
    h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'a-btc' });
    h.limit(alice, 'buy', '1', '3000.00', { symbol: 'ETH/USD', clOrdId: 'a-eth' });
    h.order(alice, 'sell', '3', '1', { stopPx: '40000.0', clOrdId: 'a-stop' });
    h.limit(alice2, 'buy', '1', '49000.0', { clOrdId: 'a2-btc' });
    h.limit(bob, 'sell', '1', '51000.0', { clOrdId: 'b-btc' });
  }

  it('530=1 cancels this session’s orders on one pair, untriggered stops included', () => {
    const h = new Harness();
    book(h);
    const events = h.send({ type: 'mass-cancel', owner: alice, clOrdId: 'm', scope: '1', symbol: 'BTC/USD' });
    expect(summary(events)).toEqual([
      'canceled 4/4 a-btc mass-cancel',
      'canceled 4/4 a-stop mass-cancel',
      'mass-cancel-done 2',
    ]);
    expect(cancels(events).every((c) => c.requestClOrdId === 'm')).toBe(true);
  });

  it('530=6 cancels every order of this session and 530=7 every order of the client', () => {
    const h = new Harness();
    book(h);
    const session = h.send({ type: 'mass-cancel', owner: alice, clOrdId: 'm', scope: '6' });
    expect(summary(session).at(-1)).toBe('mass-cancel-done 3');
    h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'again' });
    const client = h.send({ type: 'mass-cancel', owner: alice, clOrdId: 'm2', scope: '7' });
    expect(summary(client)).toEqual([
      'canceled 4/4 a2-btc mass-cancel',
      'canceled 4/4 again mass-cancel',
      'mass-cancel-done 2',
    ]);
    expect(h.depth().asks).toEqual([{ price: '51000.0', qty: '1.00000000', orderCount: 1 }]);
  });

  it('reports zero when there is nothing to cancel, and refuses 530=1 without a known symbol', () => {
    const h = new Harness();
    expect(summary(h.send({ type: 'mass-cancel', owner: bob, clOrdId: 'm', scope: '6' }))).toEqual([
      'mass-cancel-done 0',
    ]);
    expect(rejects(h.send({ type: 'mass-cancel', owner: bob, clOrdId: 'm', scope: '1' }))[0]?.code).toBe(
      'invalid-arguments',
    );
    expect(
      rejects(h.send({ type: 'mass-cancel', owner: bob, clOrdId: 'm', scope: '1', symbol: 'NOPE/USD' }))[0]?.text,
    ).toBe('EQuery:Unknown asset pair');
  });

  it('cancel on disconnect cancels every open order of the session and nothing else', () => {
    const h = new Harness();
    book(h);
    const pending = h.limit(alice, 'sell', '1', '52000.0', { effectiveTime: h.clock.t + 60_000, clOrdId: 'later' });
    expect(summary(pending)).toEqual(['accepted A/A later']);
    const events = h.send({ type: 'disconnect', sessionId: alice.sessionId });
    expect(summary(events)).toEqual([
      'canceled 4/4 a-btc cancel-on-disconnect',
      'canceled 4/4 a-eth cancel-on-disconnect',
      'canceled 4/4 a-stop cancel-on-disconnect',
      'canceled 4/4 later cancel-on-disconnect',
    ]);
    expect(h.depth().bids).toEqual([{ price: '49000.0', qty: '1.00000000', orderCount: 1 }]);
    h.clock.t += 120_000;
    expect(h.send({ type: 'tick' })).toEqual([]);
  });
});

describe('order status (35=H)', () => {
  it('answers with 150=I and the current state without changing it', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'o1' }));
    h.limit(bob, 'sell', '0.25', '50000.0');
    const events = h.send({ type: 'status', owner: alice, clOrdId: 'q1', orderId: id, symbol: 'BTC/USD' });
    expect(summary(events)).toEqual(['status I/1 o1']);
    expect(events[0]).toMatchObject({ requestClOrdId: 'q1', order: { cumQty: '0.25000000', leavesQty: '0.75000000' } });
  });

  it('answers for a closed order and for another session of the same client, not for other clients', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'o1' }));
    h.limit(bob, 'sell', '1', '50000.0');
    const fromOtherSession = h.send({ type: 'status', owner: alice2, orderId: id, symbol: 'BTC/USD' });
    expect(summary(fromOtherSession)).toEqual(['status I/2 o1']);
    // Addressed to the session that asked (a reconnected client), not to the one that placed the order.
    expect(fromOtherSession[0]).toMatchObject({ owner: alice2 });
    const foreign = h.send({ type: 'status', owner: bob, clOrdId: 'q', orderId: id, symbol: 'BTC/USD' });
    expect(rejects(foreign)[0]).toMatchObject({ refMsgType: 'H', text: 'EOrder:Unknown order' });
  });
});
