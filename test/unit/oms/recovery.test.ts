// Orders this OMS did not enter (another session, an earlier run) become recovered OrderViews; after a logon the
// OMS asks for the state of its working orders (35=H) and lets the answers settle requests lost with the session.
import { describe, expect, it } from 'vitest';
import { STANDARD_FIX44_RULES } from '../../../electron/oms/index.js';
import { accepted, canceled, Harness, raw, SESSION, snap, status, trade } from './harness.js';

describe('recovered orders and reconciliation', () => {
  it('makes a recovered OrderView from a report about an order it never sent', () => {
    const h = new Harness();
    h.report(
      accepted(
        snap({ orderId: 'OFOREIGN-1', clOrdId: '1700000000000000', side: '2', orderQty: '0.75', price: '61000.0' }),
      ),
    );
    const [v] = h.oms.snapshot().orders;
    expect(v).toMatchObject({
      orderKey: `${SESSION}:1700000000000000`,
      clOrdId: '1700000000000000',
      orderId: 'OFOREIGN-1',
      recovered: true,
      symbol: 'BTC/USD',
      side: 'sell',
      type: 'limit',
      tif: 'GTC',
      qty: '0.75',
      price: '61000',
      status: 'new',
      leavesQty: '0.75',
    });
    // Its fills count like any other.
    h.report(
      trade(
        snap({
          orderId: 'OFOREIGN-1',
          clOrdId: '1700000000000000',
          side: '2',
          orderQty: '0.75',
          price: '61000.0',
          ordStatus: '1',
          cumQty: '0.25',
          leavesQty: '0.5',
          avgPx: '61000.0',
        }),
        { lastQty: '0.25', lastPx: '61000.0' },
      ),
    );
    expect(h.oms.snapshot().orders).toHaveLength(1);
    expect(h.oms.position('BTC/USD')!.qty).toBe('-0.25');
  });

  it('recovers an order of another session canceled by our mass cancel, under the order’s own id (41)', () => {
    const h = new Harness();
    const q = h.oms.massCancel(SESSION);
    h.report(canceled(snap({ orderId: 'OTHER-9', clOrdId: '42', ordStatus: '4', leavesQty: '0' }), q));
    const [v] = h.oms.snapshot().orders;
    expect(v).toMatchObject({ orderKey: `${SESSION}:42`, clOrdId: '42', status: 'canceled', recovered: true });
    expect(h.massCancels.at(-1)!.canceled).toBe(1);
  });

  it('asks for orders it does not hold by OrderID and files the answer under the order’s own ClOrdID', () => {
    const h = new Harness();
    expect(h.oms.requestStatus(SESSION, [{ orderId: 'OPREV-1', symbol: 'ETH/USD', side: 'buy' }])).toBe(1);
    const req = h.last('H');
    expect([req.get(37), req.get(55), req.get(54)]).toEqual(['OPREV-1', 'ETH/USD', '1']);
    const prev = snap({
      orderId: 'OPREV-1',
      clOrdId: '1699999999999000',
      symbol: 'ETH/USD',
      price: '3000.00',
      ordStatus: '1',
      cumQty: '0.5',
      leavesQty: '0.5',
      avgPx: '3000.00',
    });
    h.report(status(prev, req.get(11)!));
    const [v] = h.oms.snapshot().orders;
    expect(v).toMatchObject({
      clOrdId: '1699999999999000',
      orderId: 'OPREV-1',
      status: 'partially-filled',
      cumQty: '0.5',
      avgPx: '3000',
      recovered: true,
    });
    // The order is known now: no second request for it, and a cancel by 37 lands on the same view.
    expect(h.oms.requestStatus(SESSION, [{ orderId: 'OPREV-1', symbol: 'ETH/USD' }])).toBe(1);
    expect(h.last('H').get(11)).toBe('1699999999999000');
    h.report(canceled({ ...prev, ordStatus: '4', leavesQty: '0' }));
    expect(h.oms.snapshot().orders.map((o) => o.status)).toEqual(['canceled']);
  });

  it('does not take another order’s report for ours when only the ClOrdID matches (the OrderIDs differ)', () => {
    const h = new Harness();
    const v = h.buy();
    h.report(accepted(snap({ orderId: 'OMINE-1', clOrdId: v.clOrdId })));
    // Another session of the account used the same numeric id; a mass status or 530=7 cancel reports it here.
    h.report(canceled(snap({ orderId: 'OTHER-2', clOrdId: v.clOrdId, ordStatus: '4', leavesQty: '0' })));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', orderId: 'OMINE-1', recovered: false });
    const other = h.oms.snapshot().orders.find((o) => o.orderId === 'OTHER-2');
    expect(other).toMatchObject({ status: 'canceled', recovered: true, clOrdId: v.clOrdId });
    expect(other!.orderKey).not.toBe(v.orderKey);
    // Our id still names our order.
    h.oms.cancel(v.orderKey);
    const f = h.last('F');
    h.refuse({ msgType: 'F', seq: f.seq, clOrdId: f.get(11)!, origClOrdId: v.clOrdId }, 'EOrder:Rate limit exceeded');
    h.refuse({ msgType: 'H', seq: 99, clOrdId: v.clOrdId }, 'EOrder:Unknown order');
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', text: `${v.clOrdId} : EOrder:Unknown order` });
    expect(h.oms.snapshot().orders.find((o) => o.orderId === 'OTHER-2')!.text).toBe('User requested');
  });

  it('asks for every working order after a logon and lets the answer settle a cancel lost with the session', () => {
    const h = new Harness();
    h.oms.onSessionLogon(SESSION);
    const v = h.buy();
    const o = snap({ orderId: 'OLIVE-1', clOrdId: v.clOrdId });
    h.report(accepted(o));
    h.oms.cancel(v.orderKey);
    const unacked = h.buy({ price: '40000' });
    h.down.add(SESSION);
    h.oms.onSessionLogout(SESSION);
    h.down.delete(SESSION);
    const sentBefore = h.sent.length;
    h.oms.onSessionLogon(SESSION);
    const asked = h.sent.slice(sentBefore);
    // Kraken's 35=H needs the OrderID: only the acknowledged order can be asked about.
    expect(asked.map((s) => [s.msgType, s.get(11), s.get(37)])).toEqual([['H', v.clOrdId, 'OLIVE-1']]);
    expect(h.view(unacked.orderKey).text).toMatch(/state is unknown/);
    expect(h.view(v.orderKey).status).toBe('pending-cancel');
    h.report(status(o));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', pendingClOrdId: null });
  });

  it('keeps a cancel sent after the logon pending through a status answer', () => {
    const h = new Harness();
    const v = h.buy();
    const o = snap({ orderId: 'OLIVE-2', clOrdId: v.clOrdId });
    h.report(accepted(o));
    h.oms.onSessionLogon(SESSION);
    h.oms.cancel(v.orderKey);
    h.report(status(o));
    expect(h.view(v.orderKey).status).toBe('pending-cancel');
  });

  it('asks a plain FIX 4.4 venue about unacknowledged orders too, by ClOrdID alone', () => {
    const h = new Harness({ rules: () => STANDARD_FIX44_RULES });
    const v = h.buy();
    h.oms.onSessionLogon(SESSION);
    const req = h.last('H');
    expect([req.get(11), req.has(37), req.get(55)]).toEqual([v.clOrdId, false, 'BTC/USD']);
  });

  it('asks for mass status (35=AF) where the venue has it', () => {
    const h = new Harness({ rules: () => ({ ...STANDARD_FIX44_RULES, massStatus: true }) });
    expect(h.oms.requestStatus(SESSION)).toBe(1);
    expect([h.last('AF').get(585), h.last('AF').has(584)]).toEqual(['7', true]);
  });

  it('logs and skips a report that names neither a known order nor a symbol and side', () => {
    const h = new Harness();
    const er = raw('8', [
      [37, 'OX'],
      [11, '5'],
      [17, 'E-odd'],
      [150, '0'],
      [39, '0'],
    ]);
    h.oms.onExecutionReport(SESSION, er, false);
    expect(h.oms.snapshot().orders).toEqual([]);
    expect(h.logs.at(-1)).toMatch(/names no order we can place/);
  });
});
