// Cancel-all (one 35=F per matching working order) and the queries risk and the blotters read.
import { describe, expect, it } from 'vitest';
import { accepted, canceled, Harness, SESSION, snap } from './harness.js';

describe('cancel all and queries', () => {
  it('sends one cancel per matching working order, skipping finished orders and cancels already in flight', () => {
    const h = new Harness();
    const a = h.buy();
    const b = h.sell({ price: '60000' });
    const c = h.buy({ symbol: 'ETH/USD', price: '3000' });
    const d = h.buy({ sessionId: 'other-trading' });
    const done = h.buy();
    h.report(canceled(snap({ orderId: 'OD', clOrdId: done.clOrdId, ordStatus: '4', leavesQty: '0' })));
    h.oms.cancel(a.orderKey);

    expect(h.oms.cancelAll({ sessionId: SESSION, symbol: 'BTC/USD' })).toBe(1);
    expect(h.last('F').get(41)).toBe(b.clOrdId);
    expect(h.oms.cancelAll({ side: 'buy' })).toBe(2);
    expect(
      h.sent
        .filter((s) => s.msgType === 'F')
        .map((s) => [s.sessionId, s.get(41)])
        .sort(),
    ).toEqual(
      [
        [SESSION, a.clOrdId],
        [SESSION, b.clOrdId],
        [SESSION, c.clOrdId],
        ['other-trading', d.clOrdId],
      ].sort(),
    );
    expect(h.oms.cancelAll()).toBe(0);
  });

  it('lists working orders by session, symbol and side, and snapshots everything', () => {
    const h = new Harness();
    const a = h.buy();
    const b = h.sell({ symbol: 'ETH/USD', price: '3000' });
    h.report(accepted(snap({ orderId: 'OA', clOrdId: a.clOrdId })));
    expect(h.oms.workingOrders({ side: 'sell' }).map((o) => o.orderKey)).toEqual([b.orderKey]);
    expect(h.oms.workingOrders({ symbol: 'BTC/USD' }).map((o) => o.status)).toEqual(['new']);
    expect(h.oms.workingOrders({ sessionId: 'nope' })).toEqual([]);
    expect(h.oms.order('missing')).toBeUndefined();
    const snapshot = h.oms.snapshot();
    expect(snapshot.orders.map((o) => o.orderKey)).toEqual([a.orderKey, b.orderKey]);
    expect(snapshot).toMatchObject({ fills: [], positions: [] });
  });
});
