// Refusals of our requests: Kraken's BusinessMessageReject (35=j) linked by 379 (or by 45 when 379 is missing),
// a session Reject (35=3) linked by MsgSeqNum, cancel rejects, and answers to mass cancels.
import { describe, expect, it } from 'vitest';
import { accepted, canceled, Harness, raw, SESSION, snap, trade } from './harness.js';

const OID = 'OAVY7T-MV5VK-KHDF5X';

describe('refusals of our requests', () => {
  it('rejects a new order refused with 35=j whose 379 is its ClOrdID, with Kraken’s text verbatim', () => {
    const h = new Harness();
    const v = h.buy();
    const other = h.buy();
    h.refuse({ msgType: 'D', seq: h.last('D').seq - 1, clOrdId: v.clOrdId }, 'EOrder:Insufficient funds', 'kraken', 0);
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'rejected',
      leavesQty: '0',
      text: `${v.clOrdId} : EOrder:Insufficient funds`,
    });
    expect(h.view(other.orderKey).status).toBe('pending-new');
    expect(h.oms.workingOrders().map((w) => w.orderKey)).toEqual([other.orderKey]);
  });

  it('does not reject an order the venue has acknowledged when a refusal of its D comes late', () => {
    const h = new Harness();
    const v = h.buy();
    h.report(accepted(snap({ orderId: OID, clOrdId: v.clOrdId })));
    h.refuse({ msgType: 'D', seq: h.last('D').seq, clOrdId: v.clOrdId }, 'EOrder:Duplicate ClOrdID');
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', text: `${v.clOrdId} : EOrder:Duplicate ClOrdID` });
  });

  it('finds the refused request by its MsgSeqNum (45) when the 35=j carries no 379', () => {
    const h = new Harness();
    const v = h.buy();
    h.buy();
    const seq = h.sent.find((s) => s.get(11) === v.clOrdId)!.seq;
    h.oms.onBusinessMessageReject(
      SESSION,
      raw('j', [
        [45, String(seq)],
        [372, 'D'],
        [380, '5'],
        [58, 'EGeneral:Invalid arguments'],
      ]),
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'rejected', text: 'EGeneral:Invalid arguments' });
  });

  it('rejects a new order the session layer refused (35=3), named only by MsgSeqNum', () => {
    const h = new Harness();
    h.buy();
    const v = h.buy();
    h.oms.onSessionReject(SESSION, h.last('D').seq, 'Required tag missing');
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'rejected',
      text: 'rejected by the FIX session layer: Required tag missing',
    });
    expect(h.oms.workingOrders()).toHaveLength(1);
  });

  it('puts the order back where it was when Kraken refuses its cancel, fills received meanwhile included', () => {
    const h = new Harness();
    const v = h.buy();
    const o = snap({ orderId: OID, clOrdId: v.clOrdId });
    h.report(accepted(o));
    h.oms.cancel(v.orderKey);
    const f = h.last('F');
    h.report(
      trade(
        { ...o, ordStatus: '1', cumQty: '0.1', leavesQty: '0.9', avgPx: '50000.0' },
        { lastQty: '0.1', lastPx: '50000.0' },
      ),
    );
    expect(h.view(v.orderKey).status).toBe('pending-cancel');
    h.refuse(
      { msgType: 'F', seq: f.seq, clOrdId: f.get(11)!, origClOrdId: v.clOrdId },
      'EOrder:Unknown order',
      'kraken',
      101,
    );
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'partially-filled',
      clOrdId: v.clOrdId,
      pendingClOrdId: null,
      cumQty: '0.1',
      text: `${f.get(11)} : EOrder:Unknown order`,
    });
    // A late 150=4 for the refused id cannot be confused with a cancel in flight: none is pending now.
    h.oms.cancel(v.orderKey);
    expect(h.view(v.orderKey).pendingClOrdId).toBe(h.last('F').get(11));
  });

  it('puts the order back on a plain FIX 4.4 OrderCancelReject (35=9, 434=1)', () => {
    const h = new Harness();
    const v = h.buy();
    h.report(accepted(snap({ orderId: OID, clOrdId: v.clOrdId })));
    h.oms.cancel(v.orderKey);
    const f = h.last('F');
    h.refuse(
      { msgType: 'F', seq: f.seq, clOrdId: f.get(11)!, origClOrdId: v.clOrdId, orderId: OID },
      'Too late to cancel',
      'standard',
      0,
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', pendingClOrdId: null, text: 'Too late to cancel' });
  });

  it('only sets the text when a status request is refused', () => {
    const h = new Harness();
    const v = h.buy();
    h.report(accepted(snap({ orderId: OID, clOrdId: v.clOrdId })));
    expect(h.oms.requestStatus(SESSION)).toBe(1);
    const status = h.last('H');
    expect([status.get(11), status.get(37), status.get(55), status.get(54)]).toEqual([v.clOrdId, OID, 'BTC/USD', '1']);
    h.refuse(
      { msgType: 'H', seq: status.seq, clOrdId: v.clOrdId, orderId: OID },
      'EOrder:Unknown order',
      'kraken',
      101,
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', text: `${v.clOrdId} : EOrder:Unknown order` });
  });

  it('logs a refusal that names no request of ours and changes nothing', () => {
    const h = new Harness();
    const v = h.buy();
    const before = h.deltas.length;
    h.refuse({ msgType: 'F', seq: 77, clOrdId: '999' }, 'EOrder:Unknown order');
    expect(h.deltas).toHaveLength(before);
    expect(h.view(v.orderKey).status).toBe('pending-new');
    expect(h.logs.at(-1)).toMatch(/refusal of 999 matches no request of ours/);
  });

  it('sends 35=q for the kill switch and counts its 150=4 reports, or reports its refusal', () => {
    const h = new Harness();
    const a = h.buy();
    const b = h.sell({ price: '60000' });
    h.report(accepted(snap({ orderId: 'OA', clOrdId: a.clOrdId })));
    h.report(accepted(snap({ orderId: 'OB', clOrdId: b.clOrdId, side: '2', price: '60000.0' })));
    const id = h.oms.massCancel(SESSION);
    const q = h.last('q');
    expect([q.get(11), q.get(530), q.has(55), q.has(60)]).toEqual([id, '7', false, true]);
    h.report(canceled(snap({ orderId: 'OA', clOrdId: a.clOrdId, ordStatus: '4', leavesQty: '0' }), id));
    h.report(canceled(snap({ orderId: 'OB', clOrdId: b.clOrdId, side: '2', ordStatus: '4', leavesQty: '0' }), id));
    expect(h.massCancels.map((m) => m.canceled)).toEqual([1, 2]);
    expect([h.view(a.orderKey).status, h.view(b.orderKey).status]).toEqual(['canceled', 'canceled']);
    // Mass-cancel reports name the order in 41: the chain keeps its own id.
    expect(h.view(a.orderKey).clOrdId).toBe(a.clOrdId);

    const again = h.oms.massCancel(SESSION, 'symbol', 'BTC/USD');
    expect([h.last('q').get(530), h.last('q').get(55)]).toEqual(['1', 'BTC/USD']);
    h.refuse({ msgType: 'q', seq: h.last('q').seq, clOrdId: again }, 'EService:Unavailable');
    expect(h.massCancels.at(-1)).toEqual({
      sessionId: SESSION,
      clOrdId: again,
      canceled: 0,
      rejected: `${again} : EService:Unavailable`,
    });
  });
});
