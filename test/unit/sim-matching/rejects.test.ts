import { describe, expect, it } from 'vitest';
import { Harness, alice, bob, rejects } from './support/harness.js';

function firstReject(events: ReturnType<Harness['send']>) {
  expect(events).toHaveLength(1);
  const r = rejects(events)[0];
  if (r === undefined) throw new Error('expected a reject');
  return r;
}

describe('new order rejects (35=j, Kraken texts)', () => {
  it('unknown pair', () => {
    const h = new Harness();
    expect(firstReject(h.limit(alice, 'buy', '1', '1.0', { symbol: 'XBT/USDX', clOrdId: 'x' }))).toMatchObject({
      refMsgType: 'D',
      clOrdId: 'x',
      code: 'unknown-pair',
      text: 'EQuery:Unknown asset pair',
      businessRejectReason: 2,
    });
  });

  it('volume below the pair minimum, above the maximum, zero or malformed', () => {
    const h = new Harness();
    expect(firstReject(h.limit(alice, 'buy', '0.00004', '50000.0')).text).toBe(
      'EGeneral:Invalid arguments:volume minimum not met',
    );
    expect(firstReject(h.limit(alice, 'buy', '10000.00000001', '50000.0')).code).toBe('volume-maximum');
    expect(firstReject(h.limit(alice, 'buy', '0', '50000.0')).text).toBe('EGeneral:Invalid arguments:volume');
    expect(firstReject(h.limit(alice, 'buy', '0.000000001', '50000.0')).code).toBe('invalid-volume');
    expect(firstReject(h.limit(alice, 'buy', '1e-3', '50000.0')).code).toBe('invalid-volume');
  });

  it('price with too many decimals, off the tick grid, zero or missing', () => {
    const h = new Harness();
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.05')).text).toBe(
      'EOrder:Invalid price:BTC/USD price can only be specified up to 1 decimals.',
    );
    expect(firstReject(h.limit(alice, 'buy', '1', '0')).text).toBe('EOrder:Invalid price');
    expect(firstReject(h.limit(alice, 'buy', '1', 'abc')).code).toBe('invalid-price');
    expect(firstReject(h.order(alice, 'buy', '2', '1'))).toMatchObject({
      code: 'missing-price',
      businessRejectReason: 5,
    });
    expect(firstReject(h.order(alice, 'buy', '3', '1'))).toMatchObject({
      code: 'missing-stop-price',
      businessRejectReason: 5,
    });
  });

  it('tick size on a pair whose tick is coarser than its precision', async () => {
    const { defineInstrument } = await import('../../../electron/sim/matching/instruments.js');
    const coarse = defineInstrument({
      symbol: 'TICK/USD',
      base: 'TICK',
      quote: 'USD',
      priceDecimals: 2,
      tickSize: '0.05',
      lotDecimals: 4,
      qtyMin: '1',
      qtyMax: '1000',
      costMin: '0',
      costDecimals: 4,
      makerFeeBps: 0,
      takerFeeBps: 0,
      status: 'online',
    });
    const h = new Harness({ instruments: [coarse] });
    expect(firstReject(h.limit(alice, 'buy', '1', '1.01', { symbol: 'TICK/USD' })).text).toBe(
      'EOrder:Tick size check failed',
    );
    expect(h.limit(alice, 'buy', '1', '1.05', { symbol: 'TICK/USD' })[0]?.kind).toBe('accepted');
  });

  it('cost minimum', () => {
    const h = new Harness();
    // 0.0001 BTC × 4000.0 = 0.4 USD < 0.5 USD.
    expect(firstReject(h.limit(alice, 'buy', '0.0001', '4000.0')).text).toBe('EOrder:Cost minimum not met');
    expect(h.limit(alice, 'buy', '0.0001', '5000.0')[0]?.kind).toBe('accepted');
  });

  it('iceberg display size outside 1/15 … OrderQty or on a non-limit order', () => {
    const h = new Harness();
    expect(firstReject(h.limit(alice, 'buy', '1.5', '50000.0', { displayQty: '0.09' })).text).toBe(
      'EGeneral:Invalid arguments:displayvol',
    );
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0', { displayQty: '2' })).code).toBe('invalid-display-qty');
    expect(firstReject(h.market(alice, 'buy', '1', { displayQty: '0.5' })).code).toBe('invalid-display-qty');
    expect(h.limit(alice, 'buy', '1.5', '50000.0', { displayQty: '0.1' })[0]?.kind).toBe('accepted');
  });

  it('a ClOrdID already used by an open order of the session', () => {
    const h = new Harness();
    h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'dup' });
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0', { clOrdId: 'dup' })).code).toBe('duplicate-cl-ord-id');
    expect(h.limit(bob, 'buy', '1', '50000.0', { clOrdId: 'dup' })[0]?.kind).toBe('accepted');
  });

  it('a request processed after its ValidUntilTime', () => {
    const h = new Harness();
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0', { validUntilTime: h.clock.t - 1 })).text).toBe(
      'EService:Deadline elapsed',
    );
  });

  it('insufficient funds from the optional funds check', () => {
    const h = new Harness({ fundsCheck: (r) => r.owner.clientId !== 'alice' });
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0')).text).toBe('EOrder:Insufficient funds');
    expect(h.limit(bob, 'buy', '1', '50000.0')[0]?.kind).toBe('accepted');
  });

  it('the pair’s trading status', () => {
    const h = new Harness();
    const id = Harness.orderIdOf(h.limit(alice, 'buy', '1', '50000.0'));
    h.send({ type: 'instrument-status', symbol: 'BTC/USD', status: 'cancel_only' });
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0')).text).toBe('EService:Market in cancel_only mode');
    const amend = h.send({
      type: 'amend',
      owner: alice,
      clOrdId: 'g',
      orderId: id,
      symbol: 'BTC/USD',
      orderQty: '0.5',
    });
    expect(firstReject(amend).code).toBe('market-cancel-only');
    expect(h.send({ type: 'cancel', owner: alice, clOrdId: 'f', orderId: id, symbol: 'BTC/USD' })[0]?.kind).toBe(
      'canceled',
    );

    h.send({ type: 'instrument-status', symbol: 'BTC/USD', status: 'post_only' });
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0')).text).toBe('EService:Market in post_only mode');
    expect(h.limit(alice, 'buy', '1', '50000.0', { postOnly: true })[0]?.kind).toBe('accepted');

    h.send({ type: 'instrument-status', symbol: 'BTC/USD', status: 'limit_only' });
    expect(firstReject(h.market(alice, 'buy', '1')).code).toBe('market-limit-only');

    h.send({ type: 'instrument-status', symbol: 'BTC/USD', status: 'delisted' });
    expect(firstReject(h.limit(alice, 'buy', '1', '50000.0')).text).toBe('EQuery:Unknown asset pair');
  });
});
