// Reports that arrive twice (the same ExecID, a PossDup resend) or out of order (a fill before the New ack, an
// older fill after a newer one, a fill after the cancel): fills are counted once, CumQty never goes down and a
// terminal state is never left.
import { describe, expect, it } from 'vitest';
import { accepted, canceled, Harness, raw, SESSION, snap, status, trade } from './harness.js';

const OID = 'OMDEGX-CX6DW-3PQXMB';

function placed(h: Harness) {
  const v = h.buy({ qty: '1' });
  return { v, o: snap({ orderId: OID, clOrdId: v.clOrdId }) };
}

const part = (o: ReturnType<typeof snap>, cum: string, leaves: string, avg = '50000.0') => ({
  ...o,
  ordStatus: '1' as const,
  cumQty: cum,
  leavesQty: leaves,
  avgPx: avg,
});

describe('duplicate and out-of-order reports', () => {
  it('ignores a second report with the same ExecID: one fill row, the position moved once', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const fill = trade(part(o, '0.3', '0.7'), { lastQty: '0.3', lastPx: '50000.0', execId: 'EX-1' });
    h.report(fill);
    const deltas = h.deltas.length;
    h.report(fill);
    expect(h.deltas).toHaveLength(deltas);
    expect(h.oms.snapshot().fills).toHaveLength(1);
    expect(h.oms.position('BTC/USD')!.qty).toBe('0.3');
    expect(h.view(v.orderKey).cumQty).toBe('0.3');
    expect(h.logs.at(-1)).toMatch(/EX-1 already applied; ignored/);
  });

  it('ignores a PossDup resend of a report already applied, and applies one never seen', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const first = trade(part(o, '0.3', '0.7'), { lastQty: '0.3', lastPx: '50000.0', execId: 'EX-1' });
    h.report(first);
    h.report(first, { possDup: true });
    expect(h.logs.at(-1)).toMatch(/EX-1 already applied \(PossDup\)/);
    const missed = trade(part(o, '0.5', '0.5', '50000.4'), { lastQty: '0.2', lastPx: '50001.0', execId: 'EX-2' });
    h.report(missed, { possDup: true });
    expect(h.oms.snapshot().fills.map((f) => f.execId)).toEqual(['EX-1', 'EX-2']);
    expect(h.view(v.orderKey)).toMatchObject({ cumQty: '0.5', avgPx: '50000.4' });
    expect(h.oms.position('BTC/USD')!.qty).toBe('0.5');
  });

  it('ignores a resent (PossDup) status answer: an old snapshot says less than what followed it', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    h.report(status({ ...o, ordStatus: '4', leavesQty: '0' }), { possDup: true });
    expect(h.view(v.orderKey).status).toBe('new');
  });

  it('takes a fill that overtakes the New ack, and the late ack does not move the order back', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(trade(part(o, '0.4', '0.6'), { lastQty: '0.4', lastPx: '50000.0' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'partially-filled', orderId: OID, cumQty: '0.4' });
    h.report(accepted(o));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'partially-filled', cumQty: '0.4', leavesQty: '0.6' });
  });

  it('never lowers CumQty or leaves filled when an older fill report comes after a newer one', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const older = trade(part(o, '0.4', '0.6'), { lastQty: '0.4', lastPx: '50000.0', execId: 'A' });
    const newer = trade(
      { ...o, ordStatus: '2', cumQty: '1', leavesQty: '0', avgPx: '50000.6' },
      { lastQty: '0.6', lastPx: '50001.0', execId: 'B' },
    );
    h.report(newer);
    h.report(older);
    expect(h.view(v.orderKey)).toMatchObject({ status: 'filled', cumQty: '1', leavesQty: '0', avgPx: '50000.6' });
    // Both fills count for the position, each once.
    expect(h.oms.position('BTC/USD')!.qty).toBe('1');
    expect(h.oms.snapshot().fills.map((f) => f.execId)).toEqual(['B', 'A']);
  });

  it('stays canceled when a fill arrives after the cancel, yet counts the fill and its quantity', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    h.report(canceled({ ...o, ordStatus: '4', leavesQty: '0' }));
    h.report(trade(part(o, '0.2', '0.8'), { lastQty: '0.2', lastPx: '50000.0' }));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'canceled', cumQty: '0.2', leavesQty: '0' });
    expect(h.oms.position('BTC/USD')!.qty).toBe('0.2');
  });

  it('does not let a report older than our state move it: a late fill leaves a later suspension in place', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(accepted(o));
    const first = trade(part(o, '0.3', '0.7'), { lastQty: '0.3', lastPx: '50000.0', execId: 'F-1' });
    const second = trade(part(o, '0.5', '0.5', '50000.2'), { lastQty: '0.2', lastPx: '50000.5', execId: 'F-2' });
    h.report(second);
    h.oms.onExecutionReport(
      SESSION,
      raw('8', [
        [37, OID],
        [11, v.clOrdId],
        [17, 'S-9'],
        [150, '9'],
        [39, '9'],
        [55, 'BTC/USD'],
        [54, '1'],
        [14, '0.5'],
        [151, '0.5'],
        [6, '50000.2'],
      ]),
      false,
    );
    h.report(first, { possDup: true });
    expect(h.view(v.orderKey)).toMatchObject({
      status: 'suspended',
      cumQty: '0.5',
      leavesQty: '0.5',
      avgPx: '50000.2',
    });
    expect(h.oms.position('BTC/USD')!.qty).toBe('0.5');
  });

  it('does not let a stale New ack or status answer reopen a filled order', () => {
    const h = new Harness();
    const { v, o } = placed(h);
    h.report(
      trade(
        { ...o, ordStatus: '2', cumQty: '1', leavesQty: '0', avgPx: '50000.0' },
        { lastQty: '1', lastPx: '50000.0' },
      ),
    );
    h.report(accepted(o));
    h.report(status(o));
    expect(h.view(v.orderKey)).toMatchObject({ status: 'filled', cumQty: '1', leavesQty: '0' });
  });
});
