import { describe, expect, it } from 'vitest';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { OrderView } from '../../../shared/domain/orders.js';
import { buildAmend } from '../../../renderer/src/features/blotters/order-commands.js';
import { canAmend, canCancel } from '../../../renderer/src/features/blotters/order-labels.js';

const BTC: InstrumentInfo = {
  symbol: 'BTC/USD',
  base: 'BTC',
  quote: 'USD',
  tickSize: '0.1',
  lotSize: '0.00000001',
  qtyMin: '0.0001',
  qtyMax: '100',
  costMin: '0.5',
  priceDecimals: 1,
  qtyDecimals: 8,
  status: 'online',
};

const order: OrderView = {
  orderKey: 'demo-trading:1',
  sessionId: 'demo-trading',
  clOrdId: '1',
  pendingClOrdId: null,
  orderId: 'O-1',
  symbol: 'BTC/USD',
  side: 'buy',
  type: 'limit',
  tif: 'GTC',
  qty: '0.5',
  price: '60000',
  stopPrice: null,
  cumQty: '0.1',
  leavesQty: '0.4',
  avgPx: '60000',
  status: 'partially-filled',
  postOnly: false,
  text: null,
  createdAt: 0,
  updatedAt: 0,
  recovered: false,
};

describe('amending a working order from the blotter', () => {
  it('sends the typed price, thousands separators and all, when it sits on the tick', () => {
    expect(buildAmend(order, 'price', ' 59,990.5 ', BTC)).toEqual({
      ok: true,
      request: { orderKey: 'demo-trading:1', price: '59990.5' },
    });
  });

  it('sends nothing when the value did not change, however it was written', () => {
    expect(buildAmend(order, 'price', '60000.00', BTC)).toBeNull();
    expect(buildAmend(order, 'qty', '0.50', BTC)).toBeNull();
  });

  it('refuses a price off the tick, a quantity off the lot, outside the limits or not above what is filled', () => {
    expect(buildAmend(order, 'price', '60000.05', BTC)).toEqual({
      ok: false,
      reason: 'price must be a multiple of the tick size 0.1',
    });
    expect(buildAmend(order, 'qty', '0.123456789', BTC)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/lot size/),
    });
    expect(buildAmend(order, 'qty', '0.1', BTC)).toEqual({
      ok: false,
      reason: 'quantity must stay above the 0.1 already filled',
    });
    expect(buildAmend(order, 'qty', '101', BTC)).toEqual({ ok: false, reason: 'quantity above the maximum 100' });
    expect(buildAmend(order, 'price', 'abc', BTC)).toEqual({ ok: false, reason: 'price must be a number above zero' });
    expect(buildAmend(order, 'price', '0', BTC)).toEqual({ ok: false, reason: 'price must be a number above zero' });
    expect(buildAmend(order, 'price', '-1', BTC)).toEqual({ ok: false, reason: 'price must be a number above zero' });
  });

  it('leaves the tick and lot to main when the instrument rules are not known yet', () => {
    expect(buildAmend(order, 'price', '60000.05', undefined)).toMatchObject({ ok: true });
  });

  it('offers no amend while a request is pending or for a market order, and no second cancel', () => {
    expect(canAmend(order)).toBe(true);
    expect(canAmend({ ...order, status: 'pending-replace' })).toBe(false);
    expect(canAmend({ ...order, status: 'pending-cancel' })).toBe(false);
    expect(canAmend({ ...order, type: 'market' })).toBe(false);
    expect(canCancel({ ...order, status: 'pending-replace' })).toBe(true);
    expect(canCancel({ ...order, status: 'pending-cancel' })).toBe(false);
  });
});
