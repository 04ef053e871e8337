// Cancel/replace chains (35=G): one OrderView per chain keyed by its first ClOrdID, the ClOrdID in force moving on
// only when the venue accepts, a refused amend (Kraken 35=j with 379, FIX 4.4 35=9) returning the order to its
// prior state, and a second amend refused while one is pending.
import { describe, expect, it } from 'vitest';
import { OmsError, STANDARD_FIX44_RULES } from '../../../electron/oms/index.js';
import { accepted, canceled, Harness, replaced, snap, trade } from './harness.js';

const OID = 'OXRSBA-3OXUG-CGDN4C';

function working(h: Harness) {
  const v = h.buy({ qty: '2', price: '50000' });
  const o = snap({ orderId: OID, clOrdId: v.clOrdId, orderQty: '2.00000000' });
  h.report(accepted(o));
  return { v, o };
}

describe('cancel/replace chains', () => {
  it('sends G with a new ClOrdID, 41 = the id in force and 37, and moves the chain on when 150=5 arrives', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.now += 1;
    const pending = h.oms.amend({ orderKey: v.orderKey, qty: '1.5', price: '49990.5' });
    const g = h.last('G');
    expect([g.get(41), g.get(37), g.get(55), g.get(54), g.get(38), g.get(40), g.get(44), g.get(59)]).toEqual([
      v.clOrdId,
      OID,
      'BTC/USD',
      '1',
      '1.5',
      '2',
      '49990.5',
      '1',
    ]);
    expect(g.get(11)).not.toBe(v.clOrdId);
    expect(pending).toMatchObject({ status: 'pending-replace', clOrdId: v.clOrdId, pendingClOrdId: g.get(11) });

    h.report(
      replaced({
        ...o,
        clOrdId: g.get(11)!,
        origClOrdId: v.clOrdId,
        ordStatus: '5',
        orderQty: '1.50000000',
        leavesQty: '1.50000000',
        price: '49990.5',
      }),
    );
    expect(h.view(v.orderKey)).toMatchObject({
      orderKey: v.orderKey,
      status: 'new', // 39=5 is retired in FIX 4.4: the replaced order is live and unfilled
      clOrdId: g.get(11),
      pendingClOrdId: null,
      qty: '1.5',
      price: '49990.5',
      leavesQty: '1.5',
    });
    expect(h.oms.snapshot().orders).toHaveLength(1);

    // The next amend names the accepted id; fills under the new id land on the same view.
    h.oms.amend({ orderKey: v.orderKey, price: '49980' });
    expect(h.last('G').get(41)).toBe(g.get(11));
    expect(h.last('G').get(38)).toBe('1.5');
    const g2 = h.last('G').get(11)!;
    h.report(
      replaced({
        ...o,
        clOrdId: g2,
        origClOrdId: g.get(11)!,
        ordStatus: '5',
        orderQty: '1.5',
        leavesQty: '1.5',
        price: '49980.0',
      }),
    );
    h.report(
      trade(
        { ...o, clOrdId: g2, ordStatus: '1', orderQty: '1.5', cumQty: '0.5', leavesQty: '1', avgPx: '49980.0' },
        { lastQty: '0.5', lastPx: '49980.0' },
      ),
    );
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'partially-filled',
      clOrdId: g2,
      cumQty: '0.5',
      leavesQty: '1',
      price: '49980',
    });
  });

  it('returns the order to its prior state with the venue’s text when Kraken refuses the amend (35=j, 379)', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.report(
      trade(
        { ...o, ordStatus: '1', cumQty: '0.5', leavesQty: '1.5', avgPx: '50000.0' },
        { lastQty: '0.5', lastPx: '50000.0' },
      ),
    );
    h.oms.amend({ orderKey: v.orderKey, price: '51000' });
    const g = h.last('G');
    h.refuse(
      { msgType: 'G', seq: g.seq, clOrdId: g.get(11)!, origClOrdId: v.clOrdId, orderId: OID },
      'EOrder:Invalid price',
    );
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'partially-filled',
      clOrdId: v.clOrdId,
      pendingClOrdId: null,
      price: '50000',
      cumQty: '0.5',
      text: `${g.get(11)} : EOrder:Invalid price`,
    });
    // Refused, so the next amend is allowed and still names the original id.
    h.oms.amend({ orderKey: v.orderKey, price: '50500' });
    expect(h.last('G').get(41)).toBe(v.clOrdId);
  });

  it('returns the order to its prior state on a plain FIX 4.4 OrderCancelReject (35=9, 434=2)', () => {
    const h = new Harness({ rules: () => STANDARD_FIX44_RULES });
    const { v } = working(h);
    h.oms.amend({ orderKey: v.orderKey, qty: '3' });
    const g = h.last('G');
    h.refuse(
      { msgType: 'G', seq: g.seq, clOrdId: g.get(11)!, origClOrdId: v.clOrdId, orderId: OID },
      'Too late to replace',
      'standard',
    );
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'new',
      clOrdId: v.clOrdId,
      qty: '2',
      text: 'Too late to replace',
    });
  });

  it('follows a replace it did not send (another session’s amend) and keeps its own amend pending', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.oms.amend({ orderKey: v.orderKey, price: '49000' });
    const ours = h.last('G').get(11)!;
    h.report(replaced({ ...o, clOrdId: '555', origClOrdId: v.clOrdId, ordStatus: '5', orderQty: '3', leavesQty: '3' }));
    expect(h.view(v.orderKey)).toMatchObject({
      clOrdId: '555',
      qty: '3',
      status: 'pending-replace',
      pendingClOrdId: ours,
    });
  });

  it('refuses a second amend while one is pending, without sending anything', () => {
    const h = new Harness();
    const { v } = working(h);
    h.oms.amend({ orderKey: v.orderKey, price: '49000' });
    const sent = h.sent.length;
    let caught: unknown;
    try {
      h.oms.amend({ orderKey: v.orderKey, price: '48000' });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(OmsError);
    expect((caught as OmsError).code).toBe('request-pending');
    expect(h.sent).toHaveLength(sent);
    expect(h.view(v.orderKey).status).toBe('pending-replace');
  });

  it('lets a cancel overtake a pending amend, shows pending-cancel, and ends canceled', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.oms.amend({ orderKey: v.orderKey, price: '49000' });
    const cancelView = h.oms.cancel(v.orderKey);
    const f = h.last('F');
    expect(f.get(41)).toBe(v.clOrdId); // the last accepted id, not the pending amend's
    expect(cancelView).toMatchObject({ status: 'pending-cancel', pendingClOrdId: f.get(11) });
    h.report(canceled({ ...o, ordStatus: '4', leavesQty: '0' }, f.get(11)));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'canceled', clOrdId: f.get(11), pendingClOrdId: null });
  });

  it('treats a report under the pending amend’s ClOrdID as its acceptance even before the 150=5', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.oms.amend({ orderKey: v.orderKey, qty: '1', price: '50010' });
    const id = h.last('G').get(11)!;
    h.report(
      trade(
        {
          ...o,
          clOrdId: id,
          origClOrdId: v.clOrdId,
          ordStatus: '1',
          orderQty: '1',
          price: '50010.0',
          cumQty: '0.25',
          leavesQty: '0.75',
          avgPx: '50010.0',
        },
        { lastQty: '0.25', lastPx: '50010.0' },
      ),
    );
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'partially-filled',
      clOrdId: id,
      qty: '1',
      price: '50010',
      pendingClOrdId: null,
    });
  });

  it('ends the chain canceled when an amend below the filled quantity cancels the rest under the amend’s id', () => {
    const h = new Harness();
    const { v, o } = working(h);
    h.report(
      trade(
        { ...o, ordStatus: '1', cumQty: '1', leavesQty: '1', avgPx: '50000.0' },
        { lastQty: '1', lastPx: '50000.0' },
      ),
    );
    h.oms.amend({ orderKey: v.orderKey, qty: '0.5' });
    const id = h.last('G').get(11)!;
    h.report(
      canceled(
        { ...o, ordStatus: '4', cumQty: '1', leavesQty: '0', avgPx: '50000.0' },
        id,
        'Order amended below filled quantity',
      ),
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'canceled', clOrdId: id, cumQty: '1', leavesQty: '0' });
  });

  it('leaves no amend or cancel pending when the session cannot send it', () => {
    const h = new Harness();
    const { v } = working(h);
    h.down.add(h.view(v.orderKey).sessionId);
    expect(() => h.oms.amend({ orderKey: v.orderKey, price: '49000' })).toThrow(/not logged on/);
    expect(() => h.oms.cancel(v.orderKey)).toThrow(/not logged on/);
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', pendingClOrdId: null, price: '50000' });
    expect(h.oms.cancelAll()).toBe(0);
    expect(h.logs.at(-1)).toMatch(/cancel of .* not sent \(session demo-trading is not logged on\)/);
  });

  it('refuses an amend before Kraken has acknowledged the order, and of a finished order', () => {
    const h = new Harness();
    const v = h.buy();
    expect(() => h.oms.amend({ orderKey: v.orderKey, price: '1' })).toThrow(/not acknowledged/);
    h.report(canceled(snap({ orderId: OID, clOrdId: v.clOrdId, ordStatus: '4', leavesQty: '0' })));
    expect(() => h.oms.amend({ orderKey: v.orderKey, price: '1' })).toThrow(/cannot amend an order that is canceled/);
    expect(() => h.oms.amend({ orderKey: 'nope', price: '1' })).toThrow(/no order nope/);
    expect(h.sent.map((s) => s.msgType)).toEqual(['D']);
  });
});
