// The order life cycle from ExecutionReports as the simulator writes them (and, for the states Kraken never sends,
// as a plain FIX 4.4 venue does): every ExecType/OrdStatus the OMS maps, fills with exact AvgPx and LeavesQty.
import { describe, expect, it } from 'vitest';
import { STANDARD_FIX44_RULES } from '../../../electron/oms/index.js';
import { accepted, canceled, expired, Harness, raw, restated, SESSION, snap, T0, status, trade } from './harness.js';

const OID = 'OQCLML-BW3P3-BUCMWZ';

function placed(h: Harness, over: Parameters<Harness['buy']>[0] = {}) {
  const v = h.buy(over);
  return { v, o: snap({ orderId: OID, clOrdId: v.clOrdId }) };
}

describe('order life cycle', () => {
  it('moves pending-new to new on 150=0 and learns the OrderID', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', orderId: OID, cumQty: '0', leavesQty: '1' });
    expect(h.deltas.at(-1)!.orders.map((x) => x.status)).toEqual(['new']);
  });

  it('stays pending-new on 150=A (EffectiveTime not reached) and goes live on the later 150=0', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted({ ...o, ordStatus: 'A' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'pending-new', orderId: OID });
    h.report(accepted(o));
    expect(h.view(v.orderKey).status).toBe('new');
  });

  it('fills partially then fully with the venue’s exact AvgPx, CumQty and LeavesQty, one fill row each', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const part = { ...o, ordStatus: '1' as const, cumQty: '0.40000000', leavesQty: '0.60000000', avgPx: '50000.0' };
    h.report(trade(part, { lastQty: '0.40000000', lastPx: '50000.0', execId: 'F1' }));
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'partially-filled',
      cumQty: '0.4',
      leavesQty: '0.6',
      avgPx: '50000',
    });
    const full = { ...o, ordStatus: '2' as const, cumQty: '1.00000000', leavesQty: '0.00000000', avgPx: '50000.9' };
    h.report(trade(full, { lastQty: '0.60000000', lastPx: '50001.5', execId: 'F2' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'filled', cumQty: '1', leavesQty: '0', avgPx: '50000.9' });
    expect(h.oms.snapshot().fills.map((f) => [f.execId, f.qty, f.price])).toEqual([
      ['F1', '0.4', '50000'],
      ['F2', '0.6', '50001.5'],
    ]);
    expect(h.oms.workingOrders()).toEqual([]);
  });

  it('computes its own exact VWAP when the venue sends AvgPx 0 (Kraken derivatives) or none', () => {
    const h = new Harness();
    const { v, o } = placed(h, { qty: '3' });
    const base = { ...o, orderQty: '3', avgPx: '0' };
    h.report(trade({ ...base, ordStatus: '1', cumQty: '1', leavesQty: '2' }, { lastQty: '1', lastPx: '100' }));
    h.report(trade({ ...base, ordStatus: '2', cumQty: '3', leavesQty: '0' }, { lastQty: '2', lastPx: '101' }));
    // (1 × 100 + 2 × 101) / 3 = 100.666…, at the price decimals (1) + 8, half away from zero.
    expect(h.view(v.orderKey)).toMatchObject({ status: 'filled', cumQty: '3', avgPx: '100.666666667' });
  });

  it('cancels: pending-cancel while the 35=F is out, canceled on 150=4 with the cancel’s ClOrdID in force', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const pending = h.oms.cancel(v.orderKey);
    const f = h.last('F');
    expect([f.get(41), f.get(37), f.get(55), f.get(54), f.has(38)]).toEqual([v.clOrdId, OID, 'BTC/USD', '1', false]);
    expect(pending).toMatchObject({ status: 'pending-cancel', pendingClOrdId: f.get(11), clOrdId: v.clOrdId });
    h.report(canceled({ ...o, ordStatus: '4', leavesQty: '0.00000000' }, f.get(11)));
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'canceled',
      clOrdId: f.get(11),
      pendingClOrdId: null,
      leavesQty: '0',
      text: 'User requested',
    });
    expect(() => h.oms.cancel(v.orderKey)).toThrow(/cannot cancel an order that is canceled/);
  });

  it('takes an unsolicited cancel (post-only kill, IOC remainder) with the venue’s text', () => {
    const h = new Harness();
    const { v, o } = placed(h, { postOnly: true });
    h.report(accepted({ ...o, postOnly: true }));
    h.report(canceled({ ...o, ordStatus: '4', leavesQty: '0' }, undefined, 'Post only order'));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'canceled', text: 'Post only order', postOnly: true });
  });

  it('expires on 150=C', () => {
    const h = new Harness();
    const { v, o } = placed(h, { tif: 'GTD', expireAt: T0 + 60_000 });
    h.report(accepted(o));
    h.report(expired({ ...o, ordStatus: 'C', leavesQty: '0' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'expired', leavesQty: '0', text: 'Order expired' });
  });

  it('keeps its status and type on a 150=D restatement (a stop that fired) and shows the venue’s text', () => {
    const h = new Harness();
    const { v, o } = placed(h, { type: 'stop-loss', stopPrice: '49000', price: undefined });
    const stop = { ...o, ordType: '3' as const, stopPx: '49000.0', untriggered: true };
    h.report(accepted(stop));
    h.report(restated({ ...stop, ordType: '1', untriggered: false }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'new', type: 'stop-loss', text: 'Order triggered' });
  });

  it('refreshes the state from a 150=I status answer', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    h.report(status({ ...o, ordStatus: '1', cumQty: '0.25', leavesQty: '0.75', avgPx: '49999.5' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'partially-filled', cumQty: '0.25', avgPx: '49999.5' });
    expect(h.oms.snapshot().fills).toEqual([]);
  });

  it('shows partially-filled when a report says New for an order with quantity already filled', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(
      trade(
        { ...o, ordStatus: '1', cumQty: '0.5', leavesQty: '0.5', avgPx: '50000.0' },
        { lastQty: '0.5', lastPx: '50000.0' },
      ),
    );
    h.report(status({ ...o, ordStatus: '0', cumQty: '0.5', leavesQty: '0.5', avgPx: '50000.0' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'partially-filled', cumQty: '0.5' });
  });

  it('ends as rejected on a plain FIX 4.4 venue’s ER 150=8 with OrderID NONE', () => {
    const h = new Harness();
    const v = h.buy();
    h.refuse({ msgType: 'D', seq: 1, clOrdId: v.clOrdId }, 'EOrder:Insufficient funds', 'standard');
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'rejected',
      orderId: null,
      leavesQty: '0',
      text: 'EOrder:Insufficient funds',
    });
  });

  it('shows done-for-day, suspended and stopped from a FIX 4.4 venue and still counts them as working', () => {
    const h = new Harness();
    const { v } = placed(h);
    const er = (execType: string, ordStatus: string) =>
      raw('8', [
        [37, OID],
        [11, v.clOrdId],
        [17, `X${execType}`],
        [150, execType],
        [39, ordStatus],
        [55, 'BTC/USD'],
        [54, '1'],
        [38, '1'],
        [14, '0'],
        [151, '1'],
        [6, '0'],
      ]);
    const seen: string[] = [];
    for (const [et, os] of [
      ['3', '3'],
      ['9', '9'],
      ['7', '7'],
    ]) {
      h.oms.onExecutionReport(SESSION, er(et!, os!), false);
      seen.push(h.view(v.orderKey).status);
    }
    expect(seen).toEqual(['done-for-day', 'suspended', 'stopped']);
    expect(h.oms.workingOrders().map((w) => w.orderKey)).toEqual([v.orderKey]);
  });

  it('keeps pending-cancel through a venue’s 150=6 acknowledgement and reads the state from 150 when 39 is missing', () => {
    const h = new Harness({ rules: () => STANDARD_FIX44_RULES });
    const { v, o } = placed(h);
    h.report(accepted(o), { dialect: 'standard' });
    h.oms.cancel(v.orderKey);
    const id = h.last('F').get(11)!;
    expect(h.last('F').get(38)).toBe('1');
    const er = (fields: Array<[number, string]>) =>
      raw('8', [[37, OID], [11, id], [41, v.clOrdId], ...fields, [55, 'BTC/USD'], [54, '1']]);
    h.oms.onExecutionReport(
      SESSION,
      er([
        [17, 'P6'],
        [150, '6'],
        [39, '6'],
      ]),
      false,
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'pending-cancel', pendingClOrdId: id });
    h.oms.onExecutionReport(
      SESSION,
      er([
        [17, 'C4'],
        [150, '4'],
        [14, '0'],
      ]),
      false,
    );
    expect(h.view(v.orderKey)).toMatchObject({ status: 'canceled', clOrdId: id, leavesQty: '0' });
  });
});
