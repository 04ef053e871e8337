import { describe, expect, it } from 'vitest';
import {
  checkQty,
  readDecimal,
  readExpiry,
  validateTicket,
} from '../../../renderer/src/features/ticket/validate-ticket.js';
import { btc, form } from './ticket-fixtures.js';

const NOW = new Date(2030, 0, 15, 12, 0).getTime();

describe('reading what the trader typed', () => {
  it('accepts a bare leading or trailing point and surrounding spaces, as exact decimals', () => {
    expect(readDecimal('.5')).toEqual({ units: 5n, scale: 1 });
    expect(readDecimal('5.')).toEqual({ units: 5n, scale: 0 });
    expect(readDecimal('  12.50 ')).toEqual({ units: 1250n, scale: 2 });
  });

  it('refuses exponents, thousands separators, a plus sign and words', () => {
    for (const raw of ['1e3', '1,000', '+1', 'abc', '']) expect(readDecimal(raw)).toBeNull();
  });
});

describe('quantity against the lot size and the limits', () => {
  const inst = btc();

  it('names what is missing or unreadable', () => {
    expect(checkQty('', inst).error).toBe('Enter a quantity');
    expect(checkQty('  ', inst).error).toBe('Enter a quantity');
    expect(checkQty('ten', inst).error).toBe('Quantity must be a number like 12.5');
    expect(checkQty('0', inst).error).toBe('Quantity must be above zero');
    expect(checkQty('-1', inst).error).toBe('Quantity must be above zero');
  });

  it('checks the lot exactly where a float division would not (0.0003 / 0.0001 is 2.9999999999999996)', () => {
    expect(checkQty('0.0003', btc({ qtyMin: '0.0001' }))).toEqual({ value: { units: 3n, scale: 4 }, error: undefined });
    expect(checkQty('0.00015', inst).error).toBe('Not a multiple of the lot size 0.0001');
    expect(checkQty('0.01000', inst).error).toBeUndefined();
  });

  it('takes the minimum and the maximum themselves, and nothing beyond them', () => {
    expect(checkQty('0.001', inst).error).toBeUndefined();
    expect(checkQty('100', inst).error).toBeUndefined();
    expect(checkQty('0.0009', inst).error).toBe('Below the minimum 0.001 BTC');
    expect(checkQty('100.0001', inst).error).toBe('Above the maximum 100 BTC');
  });
});

describe('prices against the tick size', () => {
  it('refuses a limit price off the tick, and checks it exactly (1.15 / 0.01 is 114.99999999999999 in floats)', () => {
    expect(validateTicket(form({ price: '64000.15' }), btc(), 's', NOW).errors.price).toBe(
      'Not a multiple of the tick size 0.1',
    );
    const cents = btc({ tickSize: '0.01', priceDecimals: 2, costMin: '0' });
    expect(validateTicket(form({ price: '1.15' }), cents, 's', NOW).errors).toEqual({});
  });

  it('asks for the prices the order type needs and ignores the others', () => {
    expect(validateTicket(form({ price: '' }), btc(), 's', NOW).errors.price).toBe('Enter a limit price');
    expect(validateTicket(form({ price: 'x' }), btc(), 's', NOW).errors.price).toBe(
      'Limit price must be a number like 12.5',
    );
    const stop = validateTicket(form({ type: 'stop-loss', price: 'x', trigger: '' }), btc(), 's', NOW);
    expect(stop.errors).toEqual({ trigger: 'Enter a trigger price' });
    const stopLimit = validateTicket(form({ type: 'stop-loss-limit', trigger: '63000.05' }), btc(), 's', NOW);
    expect(stopLimit.errors).toEqual({ trigger: 'Not a multiple of the tick size 0.1' });
    expect(validateTicket(form({ type: 'market', price: 'x' }), btc(), 's', NOW).errors).toEqual({});
  });
});

describe('the minimum order value', () => {
  it('refuses a limit order worth less than costMin, in exact quote currency, and takes one worth exactly it', () => {
    const low = validateTicket(form({ qty: '0.001', price: '4999.9' }), btc(), 's', NOW);
    expect(low.errors.qty).toBe('Order value 4.9999 USD is below the minimum 5 USD');
    expect(low.request).toBeNull();
    expect(validateTicket(form({ qty: '0.001', price: '5000.0' }), btc(), 's', NOW).errors).toEqual({});
  });

  it('keeps the quantity error when the quantity itself is wrong, and skips the check without a minimum', () => {
    expect(validateTicket(form({ qty: '0.0005', price: '1.0' }), btc(), 's', NOW).errors.qty).toBe(
      'Below the minimum 0.001 BTC',
    );
    expect(validateTicket(form({ qty: '0.001', price: '0.1' }), btc({ costMin: '0' }), 's', NOW).errors).toEqual({});
  });

  it('does not apply to a market order, which has no price of its own', () => {
    expect(
      validateTicket(form({ type: 'market', qty: '0.001' }), btc({ costMin: '1000000' }), 's', NOW).request,
    ).not.toBeNull();
  });
});

describe('the venue trading status and the session', () => {
  const withStatus = (status: string, over = {}) => validateTicket(form(over), btc({ status }), 's', NOW);

  it('refuses every new order while the pair is cancel only, in maintenance or delisted', () => {
    expect(withStatus('cancel_only').errors.form).toBe('BTC/USD is cancel only: the venue takes no new orders');
    expect(withStatus('maintenance').errors.form).toBe('BTC/USD is maintenance: the venue takes no new orders');
    expect(withStatus('delisted').request).toBeNull();
  });

  it('takes only a post-only limit order while the pair is post only', () => {
    expect(withStatus('post_only').errors.form).toBe('BTC/USD is post only: send a post-only limit order');
    expect(withStatus('post_only', { type: 'market', postOnly: true }).request).toBeNull();
    expect(withStatus('post_only', { postOnly: true }).request?.postOnly).toBe(true);
  });

  it('takes only priced order types while the pair is limit only', () => {
    expect(withStatus('limit_only', { type: 'market' }).errors.form).toBe(
      'BTC/USD is limit only: choose a priced order type',
    );
    expect(withStatus('limit_only', { type: 'stop-loss', trigger: '63000.0' }).request).toBeNull();
    expect(withStatus('limit_only', { type: 'stop-loss-limit', trigger: '63000.0' }).request).not.toBeNull();
  });

  it('takes only reduce-only orders while the pair is reduce only', () => {
    expect(withStatus('reduce_only').errors.form).toBe('BTC/USD is reduce only: tick reduce-only');
    expect(withStatus('reduce_only', { reduceOnly: true }).request?.reduceOnly).toBe(true);
  });

  it('needs an instrument and a trading session, the status speaking first', () => {
    expect(validateTicket(form(), undefined, 's', NOW)).toEqual({
      errors: { form: 'Choose an instrument' },
      request: null,
    });
    expect(validateTicket(form(), btc(), null, NOW).errors).toEqual({ form: 'No trading session is configured' });
    expect(validateTicket(form(), btc({ status: 'delisted' }), null, NOW).errors.form).toContain('delisted');
  });
});

describe('the GTD expiry', () => {
  const gtd = (expiry: string) => validateTicket(form({ tif: 'GTD', expiry }), btc(), 's', NOW);

  it('is required, must read as a date and time, and must lie after now', () => {
    expect(gtd('').errors.expiry).toBe('Choose when the order expires');
    expect(gtd('tomorrow').errors.expiry).toBe('Not a date and time');
    expect(gtd('2030-01-15T12:00').errors.expiry).toBe('The expiry is in the past');
    expect(gtd('2030-01-15T11:59').errors.expiry).toBe('The expiry is in the past');
  });

  it('goes out as the local wall-clock time in epoch ms', () => {
    expect(gtd('2030-01-15T12:01').request?.expireAt).toBe(new Date(2030, 0, 15, 12, 1).getTime());
  });

  it('reads datetime-local values with or without seconds and nothing looser', () => {
    expect(readExpiry('2030-01-15T12:01:30.250')).toBe(new Date(2030, 0, 15, 12, 1, 30, 250).getTime());
    expect(readExpiry('2030-01-15 12:01')).toBeNull();
    expect(readExpiry('2030-13-01T00:00')).toBeNull();
  });

  it('is left out of an order that is not GTD, whatever the field holds', () => {
    expect(validateTicket(form({ expiry: 'junk' }), btc(), 's', NOW).request).not.toHaveProperty('expireAt');
  });
});
