import { describe, expect, it } from 'vitest';
import { notionalOf, quoteDecimals } from '../../../renderer/src/features/ticket/notional.js';
import { book, btc, form } from './ticket-fixtures.js';

const touch = book(
  [
    ['63999.9', '1'],
    ['63999.0', '4'],
  ],
  [
    ['64000.3', '2'],
    ['64001.0', '5'],
  ],
);

describe('the order value shown on the ticket', () => {
  it('is limit price × quantity, exact, at the quote precision', () => {
    expect(notionalOf(form({ qty: '0.25', price: '64000.1' }), btc(), touch)).toEqual({
      value: '16000.03',
      estimate: false,
      basis: 'limit price',
    });
    // 0.1 × 3 in floats is 0.30000000000000004; exact decimals give the true product.
    expect(notionalOf(form({ qty: '3', price: '0.1' }), btc(), touch).value).toBe('0.30');
    expect(notionalOf(form({ qty: '1.5', price: '64000.1' }), btc(), touch).value).toBe('96000.15');
  });

  it('rounds half away from zero at the quote precision', () => {
    expect(notionalOf(form({ qty: '0.0005', price: '10.0' }), btc(), touch).value).toBe('0.01');
    expect(notionalOf(form({ qty: '0.0004', price: '10.0' }), btc(), touch).value).toBe('0.00');
  });

  it('estimates a market buy from the best ask and a market sell from the best bid', () => {
    expect(notionalOf(form({ type: 'market', side: 'buy', qty: '2' }), btc(), touch)).toEqual({
      value: '128000.60',
      estimate: true,
      basis: 'best ask',
    });
    expect(notionalOf(form({ type: 'market', side: 'sell', qty: '2' }), btc(), touch)).toEqual({
      value: '127999.80',
      estimate: true,
      basis: 'best bid',
    });
  });

  it('has no market estimate without the far side of the book', () => {
    const bidsOnly = book([['63999.9', '1']], []);
    expect(notionalOf(form({ type: 'market', side: 'buy' }), btc(), bidsOnly)).toEqual({
      value: null,
      estimate: true,
      basis: 'best ask',
    });
    expect(notionalOf(form({ type: 'market', side: 'sell' }), btc(), undefined).value).toBeNull();
  });

  it('estimates a stop or take-profit market order from its trigger, a stop-limit from its limit price', () => {
    expect(notionalOf(form({ type: 'stop-loss', qty: '2', trigger: '60000.0' }), btc(), touch)).toEqual({
      value: '120000.00',
      estimate: true,
      basis: 'trigger price',
    });
    expect(notionalOf(form({ type: 'take-profit', qty: '1', trigger: '' }), btc(), touch).value).toBeNull();
    const stopLimit = notionalOf(
      form({ type: 'stop-loss-limit', qty: '1', price: '59000.0', trigger: '60000.0' }),
      btc(),
      touch,
    );
    expect(stopLimit).toEqual({ value: '59000.00', estimate: false, basis: 'limit price' });
  });

  it('is blank until there is an instrument, a readable quantity and a readable price', () => {
    expect(notionalOf(form(), undefined, touch).value).toBeNull();
    expect(notionalOf(form({ qty: 'abc' }), btc(), touch).value).toBeNull();
    expect(notionalOf(form({ price: '' }), btc(), touch).value).toBeNull();
  });

  it('shows at least cents and never fewer digits than the pair prices with', () => {
    expect(quoteDecimals(btc({ priceDecimals: 1 }))).toBe(2);
    expect(quoteDecimals(btc({ priceDecimals: 5 }))).toBe(5);
    const fine = btc({ priceDecimals: 5, tickSize: '0.00001' });
    expect(notionalOf(form({ qty: '3', price: '0.00001' }), fine, touch).value).toBe('0.00003');
  });
});
