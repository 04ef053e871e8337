// The order, market-data, inspector and risk command schemas: what a hostile or buggy renderer cannot get past
// main, with a reason that names the field.
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../../electron/host/validate-command.js';

function reasonOf(channel: string, payload: unknown): string {
  const v = validateCommand(channel, payload);
  if (v.ok) throw new Error(`expected a refusal, got ${JSON.stringify(v.command)}`);
  return v.reason;
}

const limit = {
  sessionId: 'demo-trading',
  symbol: 'BTC/USD',
  side: 'buy',
  type: 'limit',
  qty: '0.5',
  price: '64000.5',
  tif: 'GTC',
};

describe('order command schemas', () => {
  it('accepts a limit order exactly as the ticket sends it', () => {
    expect(validateCommand('order:new', limit)).toEqual({
      ok: true,
      command: { channel: 'order:new', request: limit },
    });
  });

  it('refuses numbers that are not plain decimal text', () => {
    expect(reasonOf('order:new', { ...limit, qty: '1e3' })).toMatch(/qty: must be a plain decimal/);
    expect(reasonOf('order:new', { ...limit, qty: 0.5 })).toMatch(/qty: must be decimal text/);
    expect(reasonOf('order:new', { ...limit, qty: '0' })).toMatch(/qty: must be greater than zero/);
    expect(reasonOf('order:new', { ...limit, price: '-1' })).toMatch(/price: must be greater than zero/);
  });

  it('ties prices and flags to the order type', () => {
    const { price: _p, ...noPrice } = limit;
    expect(reasonOf('order:new', noPrice)).toMatch(/price: a limit order needs a price/);
    expect(reasonOf('order:new', { ...limit, type: 'market' })).toMatch(/a market order takes no limit price/);
    expect(reasonOf('order:new', { ...limit, type: 'stop-loss-limit' })).toMatch(/needs a trigger price/);
    expect(reasonOf('order:new', { ...limit, tif: 'GTD' })).toMatch(/expireAt is required for GTD/);
    expect(reasonOf('order:new', { ...limit, postOnly: true, tif: 'IOC' })).toMatch(/post-only cannot be IOC/);
  });

  it('refuses unknown enums, symbols that could smuggle FIX, and extra keys', () => {
    expect(reasonOf('order:new', { ...limit, side: 'short' })).toMatch(/side must be buy or sell/);
    expect(reasonOf('order:new', { ...limit, symbol: 'BTC/USD\u000154=2' })).toMatch(/symbol may hold only/);
    expect(reasonOf('order:new', { ...limit, account: 'x' })).toMatch(/Unrecognized key: "account"/);
  });

  it('requires an amend to change something, and bounds order keys', () => {
    expect(reasonOf('order:amend', { orderKey: 'demo-trading:1' })).toMatch(/changes qty, price or stopPrice/);
    expect(reasonOf('order:cancel', { orderKey: 'k'.repeat(121) })).toMatch(/at most 120 characters/);
  });
});

describe('other command schemas', () => {
  it('asks for the word KILL before the kill switch', () => {
    expect(reasonOf('risk:kill', {})).toMatch(/confirm/);
    expect(reasonOf('risk:kill', { confirm: 'yes' })).toMatch(/confirm must be the word KILL/);
    expect(validateCommand('risk:kill', { confirm: 'KILL' }).ok).toBe(true);
  });

  it('bounds book depth and history sizes', () => {
    expect(reasonOf('md:subscribe', { symbol: 'BTC/USD', depth: 1000 })).toMatch(/depth is at most 100/);
    expect(reasonOf('fix:history', { limit: 1_000_000 })).toMatch(/limit is at most 5000/);
    expect(reasonOf('fix:history', { limit: 10, msgType: '8|35=D' })).toMatch(/msgType is 1 to 4 letters or digits/);
  });

  it('refuses risk limits with a negative quantity', () => {
    const limits = {
      account: { maxOpenOrders: 10, maxOrdersPerSecond: 5, duplicateWindowMs: 500 },
      instruments: {
        '*': { maxOrderQty: '-1', maxNotional: null, priceBandPct: null, priceBandTicks: null, maxPosition: null },
      },
    };
    expect(reasonOf('risk:set-limits', limits)).toMatch(/maxOrderQty/);
  });
});
