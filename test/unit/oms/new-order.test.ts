// NewOrderSingle (35=D) as the OMS writes it for Kraken spot, Kraken derivatives and plain FIX 4.4 venues, the
// pending-new OrderView it answers with, and the requests it refuses before spending a ClOrdID.
import { describe, expect, it } from 'vitest';
import {
  KRAKEN_DERIVATIVES_RULES,
  OmsError,
  STANDARD_FIX44_RULES,
  venueRulesFor,
} from '../../../electron/oms/index.js';
import { Harness, SESSION, T0 } from './harness.js';

describe('NewOrderSingle', () => {
  it('sends a limit GTC order with the fields Kraken requires and answers pending-new', () => {
    const h = new Harness();
    const v = h.buy({ qty: '0.50000000', price: '50000.0' });
    const d = h.last('D');
    expect(d.msg.fields().slice(3)).toEqual([
      [49, 'CLIENT'],
      [56, 'KRAKEN-TRD'],
      [34, '1'],
      [52, '20260105-09:30:00.000'],
      [11, `${T0}000`],
      [55, 'BTC/USD'],
      [54, '1'],
      [38, '0.5'],
      [40, '2'],
      [44, '50000'],
      [59, '1'],
      [60, '20260105-09:30:00.000'],
      [10, d.get(10)!],
    ]);
    expect(v).toMatchObject({
      orderKey: `${SESSION}:${T0}000`,
      sessionId: SESSION,
      clOrdId: `${T0}000`,
      pendingClOrdId: null,
      orderId: null,
      status: 'pending-new',
      qty: '0.5',
      price: '50000',
      cumQty: '0',
      leavesQty: '0.5',
      avgPx: '0',
      recovered: false,
      createdAt: T0,
    });
    expect(h.deltas).toHaveLength(1);
    expect(h.deltas[0]!.orders).toEqual([v]);
  });

  it('writes GTD with ExpireTime in whole seconds, post-only as ExecInst P and reduce-only as E', () => {
    const h = new Harness();
    h.sell({ tif: 'GTD', expireAt: T0 + 3_600_500, postOnly: true, reduceOnly: true });
    const d = h.last('D');
    expect([d.get(54), d.get(59), d.get(126), d.get(18)]).toEqual(['2', '6', '20260105-10:30:00', 'P E']);
  });

  it('sends StopPx for triggered types, no Price for market types, and Kraken’s R/T take-profit codes', () => {
    const h = new Harness();
    h.buy({ type: 'stop-loss-limit', price: '51000', stopPrice: '50500' });
    expect([h.last('D').get(40), h.last('D').get(44), h.last('D').get(99)]).toEqual(['4', '51000', '50500']);
    h.buy({ type: 'market', price: '1', stopPrice: '2', tif: 'IOC' });
    expect([h.last('D').get(40), h.last('D').has(44), h.last('D').has(99), h.last('D').get(59)]).toEqual([
      '1',
      false,
      false,
      '3',
    ]);
    h.sell({ type: 'take-profit', stopPrice: '60000', price: undefined });
    expect([h.last('D').get(40), h.last('D').get(99), h.last('D').has(44)]).toEqual(['R', '60000', false]);
    h.sell({ type: 'take-profit-limit', stopPrice: '60000', price: '59990', tif: 'FOK' });
    expect([h.last('D').get(40), h.last('D').get(59)]).toEqual(['T', '4']);
    h.sell({ type: 'stop-loss', stopPrice: '40000', price: undefined });
    expect(h.last('D').get(40)).toBe('3');
  });

  it('speaks plain FIX 4.4 to a fix44 venue: ExecInst 6 for post-only, J for take-profit, no take-profit-limit', () => {
    const h = new Harness({ rules: () => venueRulesFor('fix44') });
    h.buy({ postOnly: true });
    expect(h.last('D').get(18)).toBe('6');
    h.sell({ type: 'take-profit', stopPrice: '60000', price: undefined });
    expect(h.last('D').get(40)).toBe('J');
    const sent = h.sent.length;
    expect(() => h.sell({ type: 'take-profit-limit', stopPrice: '60000', price: '59990' })).toThrow(
      /no FIX 4.4 OrdType/,
    );
    expect(h.sent).toHaveLength(sent);
    expect(STANDARD_FIX44_RULES.dialect).toBe('standard');
  });

  it('uses COMB UUIDs and ExecInst s on Kraken derivatives', () => {
    const h = new Harness({ rules: () => KRAKEN_DERIVATIVES_RULES, random: () => new Uint8Array(10) });
    const v = h.buy({ symbol: 'PF_XBTUSD', postOnly: true });
    expect(v.clOrdId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(h.last('D').get(11)).toBe(v.clOrdId);
    expect(h.last('D').get(18)).toBe('P s');
  });

  it('refuses malformed requests with an OmsError before anything is sent', () => {
    const h = new Harness();
    const cases: Array<[Parameters<Harness['buy']>[0], RegExp]> = [
      [{ qty: '0' }, /quantity must be a positive/],
      [{ qty: '-1' }, /quantity must be a positive/],
      [{ qty: '1e3' }, /quantity must be a positive/],
      [{ price: undefined }, /limit order needs a limit price/],
      [{ type: 'stop-loss', price: undefined }, /needs a trigger price/],
      [{ tif: 'GTD' }, /GTD order needs an expiry/],
      [{ symbol: '' }, /needs a symbol/],
    ];
    for (const [req, message] of cases) {
      let caught: unknown;
      try {
        h.buy(req);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(OmsError);
      expect((caught as OmsError).code).toBe('invalid');
      expect((caught as Error).message).toMatch(message);
    }
    expect(h.sent).toHaveLength(0);
    expect(h.oms.snapshot().orders).toHaveLength(0);
  });

  it('keeps no order when the session is not logged on, and passes the session’s error on', () => {
    const h = new Harness();
    h.down.add(SESSION);
    expect(() => h.buy()).toThrow(/not logged on/);
    expect(h.oms.snapshot().orders).toEqual([]);
    expect(h.deltas).toEqual([]);
  });

  it('gives each order of a session a strictly increasing ClOrdID', () => {
    const h = new Harness();
    const ids = [h.buy(), h.buy(), h.sell()].map((v) => BigInt(v.clOrdId));
    h.now -= 10_000;
    ids.push(BigInt(h.buy().clOrdId));
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
  });
});
