import { describe, expect, it } from 'vitest';
import type { AmendCommand, Owner } from '../../../electron/sim/matching/commands.js';
import { Harness, alice, alice2, bob, carol, rejects, summary, trades } from './support/harness.js';

function amend(h: Harness, owner: Owner, orderId: string, fields: Partial<AmendCommand>) {
  return h.send({ type: 'amend', owner, clOrdId: h.nextClOrdId(), orderId, symbol: 'BTC/USD', ...fields });
}

/** Three asks at 50000.0 in the order a, b, c; returns the OrderID of b. */
function queue(h: Harness): string {
  h.limit(carol, 'sell', '1', '50000.0', { clOrdId: 'a' });
  const b = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 'b' }));
  h.limit(carol, 'sell', '1', '50000.0', { clOrdId: 'c' });
  return b;
}

function makersFor(h: Harness, qty: string): string[] {
  return trades(h.limit(bob, 'buy', qty, '50000.0'))
    .filter((t) => t.liquidity === 'maker')
    .map((t) => t.order.clOrdId);
}

describe('amend (35=G)', () => {
  it('keeps the OrderID, switches the ClOrdID chain and reports Replaced', () => {
    const h = new Harness();
    const b = queue(h);
    const events = amend(h, alice, b, { clOrdId: 'b2', orderQty: '0.5' });
    expect(summary(events)).toEqual(['replaced 5/5 b2']);
    const replaced = events[0]!;
    if (replaced.kind !== 'replaced') throw new Error('expected replaced');
    expect(replaced.order).toMatchObject({ orderId: b, clOrdId: 'b2', origClOrdId: 'b', orderQty: '0.50000000' });
    expect(replaced.order.leavesQty).toBe('0.50000000');
    expect(replaced.priorityKept).toBe(true);
  });

  it('keeps queue priority when only the quantity goes down', () => {
    const h = new Harness();
    const b = queue(h);
    amend(h, alice, b, { clOrdId: 'b2', orderQty: '0.5' });
    expect(h.depth().asks[0]).toEqual({ price: '50000.0', qty: '2.50000000', orderCount: 3 });
    expect(makersFor(h, '1.5')).toEqual(['a', 'b2']);
  });

  it('loses queue priority when the quantity goes up', () => {
    const h = new Harness();
    const b = queue(h);
    const events = amend(h, alice, b, { clOrdId: 'b2', orderQty: '2' });
    expect(events[0]!.kind === 'replaced' && events[0]!.priorityKept).toBe(false);
    expect(makersFor(h, '2.5')).toEqual(['a', 'c', 'b2']);
  });

  it('loses queue priority when the price changes, even back to the same level', () => {
    const h = new Harness();
    const b = queue(h);
    amend(h, alice, b, { clOrdId: 'b2', price: '50001.0' });
    amend(h, alice, b, { clOrdId: 'b3', price: '50000.0' });
    expect(makersFor(h, '3')).toEqual(['a', 'c', 'b3']);
  });

  it('trades at once when the new price crosses', () => {
    const h = new Harness();
    h.limit(bob, 'buy', '0.4', '49990.0');
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 's' }));
    const events = amend(h, alice, id, { clOrdId: 's2', price: '49990.0' });
    expect(summary(events)).toEqual([
      'replaced 5/5 s2',
      'trade F/2 1 0.40000000@49990.0 maker',
      'trade F/1 s2 0.40000000@49990.0 taker',
    ]);
    expect(h.depth().asks).toEqual([{ price: '49990.0', qty: '0.60000000', orderCount: 1 }]);
  });

  it('refuses a post-only amend whose new price would take, leaving the order as it was', () => {
    const h = new Harness();
    h.limit(bob, 'buy', '1', '49990.0');
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 's', postOnly: true }));
    const events = amend(h, alice, id, { clOrdId: 's2', price: '49990.0' });
    expect(rejects(events)[0]).toMatchObject({ refMsgType: 'G', clOrdId: 's2', text: 'EOrder:Post only order' });
    expect(h.depth().asks).toEqual([{ price: '50000.0', qty: '1.00000000', orderCount: 1 }]);
    const again = amend(h, alice, id, { clOrdId: 's3', orderQty: '0.5' });
    expect(summary(again)).toEqual(['replaced 5/5 s3']);
    expect(again[0]!.kind === 'replaced' && again[0]!.order.origClOrdId).toBe('s');
  });

  it('a new total quantity at or below CumQty cancels the remainder', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 's' }));
    h.limit(bob, 'buy', '0.6', '50000.0');
    const events = amend(h, alice, id, { clOrdId: 's2', orderQty: '0.5' });
    expect(summary(events)).toEqual(['canceled 4/4 s2 amend-below-filled']);
    const canceled = events[0]!;
    expect(canceled.kind === 'canceled' && canceled.order).toMatchObject({
      cumQty: '0.60000000',
      leavesQty: '0.00000000',
      origClOrdId: 's',
    });
    expect(canceled.kind === 'canceled' && canceled.requestClOrdId).toBe('s2');
    expect(h.depth().asks).toEqual([]);
  });

  it('keeps fills and AvgPx across an amend', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 's' }));
    h.limit(bob, 'buy', '0.5', '50000.0');
    const events = amend(h, alice, id, { clOrdId: 's2', price: '50010.0', orderQty: '2' });
    expect(events[0]!.kind === 'replaced' && events[0]!.order).toMatchObject({
      orderQty: '2.00000000',
      cumQty: '0.50000000',
      leavesQty: '1.50000000',
      avgPx: '50000.0',
    });
    const fill = trades(h.limit(bob, 'buy', '1.5', '50010.0')).find((t) => t.owner === alice)!;
    expect(fill.order).toMatchObject({ ordStatus: '2', avgPx: '50007.5' });
  });

  it('moves an untriggered stop to its new trigger price', () => {
    const h = new Harness();
    h.limit(carol, 'buy', '5', '49000.0');
    h.limit(carol, 'sell', '1', '50000.0');
    h.limit(bob, 'buy', '1', '50000.0');
    const id = Harness.orderIdOf(h.order(alice, 'sell', '3', '1', { stopPx: '48000.0', clOrdId: 'sl' }));
    const events = amend(h, alice, id, { clOrdId: 'sl2', stopPx: '49500.0' });
    expect(summary(events)).toEqual(['replaced 5/5 sl2']);
    expect(events[0]!.kind === 'replaced' && events[0]!.order).toMatchObject({ stopPx: '49500.0', untriggered: true });
    expect(summary(h.limit(bob, 'sell', '1', '49000.0'))).toContain('restated D/0 sl2');
  });

  it('is refused for an unknown order, another session, or a duplicate ClOrdID', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0', { clOrdId: 's' }));
    h.limit(alice, 'sell', '1', '50001.0', { clOrdId: 'other' });
    expect(rejects(amend(h, alice, 'OXXXXX-XXXXX-XXXXXX', { orderQty: '0.5' }))[0]).toMatchObject({
      text: 'EOrder:Unknown order',
      businessRejectReason: 101,
      refMsgType: 'G',
    });
    expect(rejects(amend(h, alice2, id, { orderQty: '0.5' }))[0]?.code).toBe('unknown-order');
    expect(rejects(amend(h, alice, id, { clOrdId: 'other', orderQty: '0.5' }))[0]?.code).toBe('duplicate-cl-ord-id');
  });

  it('is refused for a bad price, a quantity under the minimum, or a price on a stop-loss', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'sell', '1', '50000.0'));
    expect(rejects(amend(h, alice, id, { price: '50000.05' }))[0]?.text).toBe(
      'EOrder:Invalid price:BTC/USD price can only be specified up to 1 decimals.',
    );
    expect(rejects(amend(h, alice, id, { orderQty: '0.00001' }))[0]?.text).toBe(
      'EGeneral:Invalid arguments:volume minimum not met',
    );
    const stop = Harness.orderIdOf(h.order(alice, 'sell', '3', '1', { stopPx: '40000.0' }));
    expect(rejects(amend(h, alice, stop, { price: '41000.0' }))[0]?.code).toBe('invalid-arguments');
  });
});
