import { beforeEach, describe, expect, it } from 'vitest';
import {
  needsPrice,
  needsTrigger,
  offeredTypes,
  offersReduceOnly,
  ORDER_TYPES,
  postOnlyApplies,
} from '../../../renderer/src/features/ticket/order-types.js';
import { describeOrder, refusalLine } from '../../../renderer/src/features/ticket/outcome-text.js';
import { useTicketStore } from '../../../renderer/src/features/ticket/ticket.state.js';
import { btc } from './ticket-fixtures.js';

const ticket = () => useTicketStore.getState();

beforeEach(() => useTicketStore.setState(useTicketStore.getInitialState(), true));

describe('what each order type asks for', () => {
  it('prices the limit variants and triggers everything but limit and market', () => {
    const table = Object.fromEntries(ORDER_TYPES.map((t) => [t, [needsPrice(t), needsTrigger(t)]]));
    expect(table).toEqual({
      limit: [true, false],
      market: [false, false],
      'stop-loss': [false, true],
      'stop-loss-limit': [true, true],
      'take-profit': [false, true],
      'take-profit-limit': [true, true],
    });
  });

  it('lets post-only apply to a resting limit order only', () => {
    expect(postOnlyApplies('limit', 'GTC')).toBe(true);
    expect(postOnlyApplies('limit', 'GTD')).toBe(true);
    expect(postOnlyApplies('limit', 'IOC')).toBe(false);
    expect(postOnlyApplies('limit', 'FOK')).toBe(false);
    expect(postOnlyApplies('stop-loss-limit', 'GTC')).toBe(false);
  });

  it('offers take-profit-limit everywhere but on a plain FIX 4.4 venue, and reduce-only on known venues', () => {
    expect(offeredTypes('fix44')).not.toContain('take-profit-limit');
    expect(offeredTypes('fix44')).toHaveLength(5);
    expect(offeredTypes('kraken-spot')).toEqual(ORDER_TYPES);
    expect(offeredTypes(undefined)).toEqual(ORDER_TYPES);
    expect(offersReduceOnly('simulator')).toBe(true);
    expect(offersReduceOnly(undefined)).toBe(false);
  });
});

describe('the ticket form store', () => {
  it('drops post-only when the order can no longer rest, and does not bring it back', () => {
    ticket().update({ postOnly: true });
    expect(ticket().postOnly).toBe(true);
    ticket().update({ tif: 'IOC' });
    expect(ticket().postOnly).toBe(false);
    ticket().update({ tif: 'GTC' });
    expect(ticket().postOnly).toBe(false);
    ticket().update({ type: 'market', postOnly: true });
    expect(ticket().postOnly).toBe(false);
  });

  it('turns a market ticket into a limit ticket when a price is prefilled, and keeps a priced type', () => {
    ticket().update({ type: 'market', qty: '5' });
    ticket().setAttempted();
    ticket().applyPrefill({ price: '64000.1', side: 'sell', nonce: 1 });
    expect(ticket()).toMatchObject({ type: 'limit', price: '64000.1', side: 'sell', qty: '5', attempted: false });
    ticket().update({ type: 'stop-loss-limit' });
    ticket().applyPrefill({ price: '63000.0', qty: '2', nonce: 2 });
    expect(ticket()).toMatchObject({ type: 'stop-loss-limit', price: '63000.0', qty: '2' });
  });

  it('keeps a market ticket a market ticket when the prefill has no price', () => {
    ticket().update({ type: 'market' });
    ticket().applyPrefill({ qty: '1', nonce: 3 });
    expect(ticket().type).toBe('market');
  });

  it('clears amounts, flags and the last answer on Escape, keeping side, type and time in force', () => {
    ticket().update({ side: 'sell', type: 'limit', tif: 'GTD', qty: '1', price: '2', expiry: 'x', postOnly: true });
    ticket().update({ reduceOnly: true });
    ticket().setResult({ kind: 'timed-out', summary: 's', reason: 'r', at: 1 });
    ticket().clear();
    expect(ticket()).toMatchObject({ side: 'sell', type: 'limit', tif: 'GTD', qty: '', price: '', expiry: '' });
    expect(ticket()).toMatchObject({ postOnly: false, reduceOnly: false, result: null });
  });

  it('forgets amounts and prices on another instrument, which mean nothing there', () => {
    ticket().update({ qty: '1', price: '2', trigger: '3', side: 'sell' });
    ticket().touch('qty');
    expect(ticket().touched).toEqual({ qty: true });
    ticket().resetForSymbol();
    expect(ticket()).toMatchObject({ qty: '', price: '', trigger: '', touched: {}, side: 'sell' });
  });

  it('makes every focus request a new one, even for the same field', () => {
    ticket().requestFocus('qty');
    const first = ticket().focusRequest;
    ticket().requestFocus('qty');
    expect(ticket().focusRequest?.field).toBe('qty');
    expect(ticket().focusRequest?.nonce).not.toBe(first?.nonce);
  });
});

describe('the order in words', () => {
  const req = { sessionId: 's', symbol: 'BTC/USD', side: 'buy', type: 'limit', qty: '0.01', tif: 'GTC' } as const;

  it('reads prices at the instrument precision, with the type, trigger, time in force and flags', () => {
    expect(describeOrder({ ...req, price: '64000' }, btc())).toBe('Buy 0.01 BTC/USD @ 64000.0 Limit GTC');
    expect(describeOrder({ ...req, side: 'sell', type: 'stop-loss', stopPrice: '2950', tif: 'IOC' }, btc())).toBe(
      'Sell 0.01 BTC/USD Stop loss trigger 2950.0 IOC',
    );
    expect(describeOrder({ ...req, price: '1', postOnly: true, reduceOnly: true }, undefined)).toBe(
      'Buy 0.01 BTC/USD @ 1 Limit GTC post-only reduce-only',
    );
  });

  it('states a risk refusal as rule, limit and what the order would have done', () => {
    expect(refusalLine({ rule: 'max-order-qty', limit: '5 BTC', actual: '7.5 BTC', message: 'too big' })).toBe(
      'Max order quantity: limit 5 BTC, this order 7.5 BTC',
    );
  });
});
