import { describe, expect, it } from 'vitest';
import type { OrderType, TimeInForce } from '../../../shared/domain/orders.js';
import { validateTicket } from '../../../renderer/src/features/ticket/validate-ticket.js';
import { btc, form } from './ticket-fixtures.js';

const NOW = new Date(2030, 0, 15, 12, 0).getTime();
const base = { sessionId: 'demo-trading', symbol: 'BTC/USD', side: 'sell', qty: '0.01', tif: 'GTC' } as const;

function requestFor(type: OrderType, over: Parameters<typeof form>[0] = {}) {
  const f = form({ side: 'sell', type, price: '64000.1', trigger: '63000.0', ...over });
  return validateTicket(f, btc(), 'demo-trading', NOW).request;
}

describe('the NewOrderRequest built from the ticket', () => {
  it('carries exactly the prices each order type sends: 44 for limits, 99 for triggers', () => {
    expect(requestFor('limit')).toStrictEqual({ ...base, type: 'limit', price: '64000.1' });
    expect(requestFor('market')).toStrictEqual({ ...base, type: 'market' });
    expect(requestFor('stop-loss')).toStrictEqual({ ...base, type: 'stop-loss', stopPrice: '63000' });
    expect(requestFor('take-profit')).toStrictEqual({ ...base, type: 'take-profit', stopPrice: '63000' });
    expect(requestFor('stop-loss-limit')).toStrictEqual({
      ...base,
      type: 'stop-loss-limit',
      price: '64000.1',
      stopPrice: '63000',
    });
    expect(requestFor('take-profit-limit')).toStrictEqual({
      ...base,
      type: 'take-profit-limit',
      price: '64000.1',
      stopPrice: '63000',
    });
  });

  it('sends canonical decimal text, not what was typed', () => {
    const r = requestFor('limit', { qty: ' .0100 ', price: '64000.10' });
    expect(r?.qty).toBe('0.01');
    expect(r?.price).toBe('64000.1');
  });

  it('sets post-only on a limit order that can rest (GTC, GTD) and never on IOC or FOK', () => {
    const resting = (tif: TimeInForce) =>
      requestFor('limit', { tif, expiry: '2030-02-01T00:00', postOnly: true })?.postOnly;
    expect(resting('GTC')).toBe(true);
    expect(resting('GTD')).toBe(true);
    expect(requestFor('limit', { tif: 'IOC', postOnly: true })).not.toHaveProperty('postOnly');
    expect(requestFor('limit', { tif: 'FOK', postOnly: true })).not.toHaveProperty('postOnly');
  });

  it('drops post-only from every type that is not a plain limit order', () => {
    for (const type of ['market', 'stop-loss', 'stop-loss-limit', 'take-profit', 'take-profit-limit'] as const) {
      expect(requestFor(type, { postOnly: true })).not.toHaveProperty('postOnly');
    }
  });

  it('sets reduce-only only when ticked, and GTD carries its expiry', () => {
    expect(requestFor('market', { reduceOnly: true })?.reduceOnly).toBe(true);
    expect(requestFor('market')).not.toHaveProperty('reduceOnly');
    expect(requestFor('limit', { tif: 'GTD', expiry: '2030-02-01T00:00' })).toStrictEqual({
      ...base,
      type: 'limit',
      tif: 'GTD',
      price: '64000.1',
      expireAt: new Date(2030, 1, 1).getTime(),
    });
  });

  it('builds nothing while any field is wrong', () => {
    const check = validateTicket(form({ qty: '0.00015', price: '1' }), btc(), 'demo-trading', NOW);
    expect(check.request).toBeNull();
    expect(Object.keys(check.errors)).toEqual(['qty']);
  });
});
