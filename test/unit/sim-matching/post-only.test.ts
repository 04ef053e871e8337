import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, cancels, rejects, summary } from './support/harness.js';

describe('post-only (ExecInst P)', () => {
  it('rests as a maker when it does not cross', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50010.0');
    const events = h.limit(bob, 'buy', '1', '50009.9', { postOnly: true });
    expect(summary(events)).toEqual(['accepted 0/0 2']);
    expect(events[0]!.kind === 'accepted' && events[0]!.order.postOnly).toBe(true);
    expect(h.engine.topOfBook('BTC/USD')?.bid?.price).toBe('50009.9');
  });

  it('is acknowledged then canceled with "Post only order" when it would take (default)', () => {
    const h = new Harness();
    h.limit(alice, 'sell', '1', '50010.0');
    const events = h.limit(bob, 'buy', '1', '50010.0', { postOnly: true });
    expect(summary(events)).toEqual(['accepted 0/0 2', 'canceled 4/4 2 post-only']);
    expect(cancels(events)[0]!.text).toBe('Post only order');
    expect(h.depth('BTC/USD', 5).bids).toEqual([]);
    expect(h.depth('BTC/USD', 5).asks).toEqual([{ price: '50010.0', qty: '1.00000000', orderCount: 1 }]);
  });

  it('is refused as EOrder:Post only order when the engine is configured to reject', () => {
    const h = new Harness({ postOnlyCrossing: 'reject' });
    h.limit(alice, 'sell', '1', '50010.0');
    const events = h.limit(bob, 'buy', '1', '50020.0', { postOnly: true, clOrdId: 'po' });
    expect(events).toHaveLength(1);
    expect(rejects(events)[0]).toMatchObject({
      refMsgType: 'D',
      clOrdId: 'po',
      code: 'post-only',
      text: 'EOrder:Post only order',
      businessRejectReason: 0,
    });
  });

  it('is refused on a market order or with an immediate time in force', () => {
    const h = new Harness();
    expect(rejects(h.market(bob, 'buy', '1', { postOnly: true }))[0]?.text).toBe(
      'EGeneral:Invalid arguments:post only',
    );
    expect(rejects(h.limit(bob, 'buy', '1', '1.0', { postOnly: true, timeInForce: '3' }))[0]?.code).toBe(
      'invalid-arguments',
    );
  });
});
