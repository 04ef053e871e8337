import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_LIMITS } from '../../../electron/risk/default-limits.js';
import { describeLimits } from '../../../electron/risk/describe-limits.js';
import { riskLimitsSchema } from '../../../electron/risk/limits-schema.js';

const entry = { maxOrderQty: '5', maxNotional: '500000', priceBandPct: '5', priceBandTicks: 100, maxPosition: '20' };
const valid = {
  account: { maxOpenOrders: 200, maxOrdersPerSecond: 20, duplicateWindowMs: 500 },
  instruments: { '*': entry, 'BTC/USD': entry },
};

/** The messages of a refused payload, with their paths. */
function refusal(input: unknown): string[] {
  const result = riskLimitsSchema.safeParse(input);
  if (result.success) throw new Error('accepted');
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('risk limits schema', () => {
  it('accepts complete limits, nulls included', () => {
    const nulls = { maxOrderQty: null, maxNotional: null, priceBandPct: null, priceBandTicks: null, maxPosition: null };
    const input = { ...valid, account: { ...valid.account, maxOpenOrders: null }, instruments: { '*': nulls } };
    expect(riskLimitsSchema.parse(input)).toEqual(input);
  });

  it('accepts the default limits', () => {
    expect(riskLimitsSchema.safeParse(DEFAULT_RISK_LIMITS).success).toBe(true);
  });

  it('refuses an extra key at every level', () => {
    expect(refusal({ ...valid, admin: true })).toEqual([': Unrecognized key: "admin"']);
    expect(refusal({ ...valid, account: { ...valid.account, bypass: true } })).toEqual([
      'account: Unrecognized key: "bypass"',
    ]);
    expect(refusal({ ...valid, instruments: { 'BTC/USD': { ...entry, skip: 1 } } })).toEqual([
      'instruments.BTC/USD: Unrecognized key: "skip"',
    ]);
  });

  it('refuses a missing field rather than reading it as no limit', () => {
    const { maxPosition: _, ...partial } = entry;
    expect(refusal({ ...valid, instruments: { 'BTC/USD': partial } })).toEqual([
      'instruments.BTC/USD.maxPosition: maxPosition must be decimal text or null',
    ]);
  });

  it('refuses negative and zero limits where a limit must be positive', () => {
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxOrderQty: '-5' } } })).toEqual([
      'instruments.*.maxOrderQty: maxOrderQty must be greater than zero',
    ]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxNotional: '0.000' } } })).toEqual([
      'instruments.*.maxNotional: maxNotional must be greater than zero',
    ]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxPosition: '-1' } } })).toEqual([
      'instruments.*.maxPosition: maxPosition must not be negative',
    ]);
    expect(refusal({ ...valid, account: { ...valid.account, maxOrdersPerSecond: 0 } })).toEqual([
      'account.maxOrdersPerSecond: maxOrdersPerSecond must be at least 1',
    ]);
    expect(refusal({ ...valid, account: { ...valid.account, duplicateWindowMs: -1 } })).toEqual([
      'account.duplicateWindowMs: duplicateWindowMs must be at least 0',
    ]);
  });

  it('accepts zero where zero means something: a flat-only position, a band that may not cross the touch', () => {
    const zeros = { ...entry, maxPosition: '0', priceBandTicks: 0 };
    expect(riskLimitsSchema.safeParse({ ...valid, instruments: { '*': zeros } }).success).toBe(true);
  });

  it('refuses numbers, exponents, plus signs and other non-decimal text', () => {
    const plain = 'instruments.*.maxOrderQty: maxOrderQty must be a plain decimal like 2.5 (no exponent, no + sign)';
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxOrderQty: '1e3' } } })).toEqual([plain]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxOrderQty: '+5' } } })).toEqual([plain]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxOrderQty: ' 5' } } })).toEqual([plain]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, maxOrderQty: 5 } } })).toEqual([
      'instruments.*.maxOrderQty: maxOrderQty must be decimal text or null',
    ]);
  });

  it('refuses fractional, infinite and huge counts', () => {
    expect(refusal({ ...valid, account: { ...valid.account, maxOpenOrders: 2.5 } })).toEqual([
      'account.maxOpenOrders: maxOpenOrders must be a whole number',
    ]);
    expect(refusal({ ...valid, account: { ...valid.account, maxOpenOrders: 1e12 } })).toEqual([
      'account.maxOpenOrders: maxOpenOrders must be at most 1000000',
    ]);
    expect(refusal({ ...valid, instruments: { '*': { ...entry, priceBandTicks: Infinity } } })[0]).toMatch(
      /^instruments\.\*\.priceBandTicks: /,
    );
  });

  it('refuses a huge decimal string by its length', () => {
    const messages = refusal({ ...valid, instruments: { '*': { ...entry, maxNotional: '9'.repeat(1_000_000) } } });
    expect(messages[0]).toBe('instruments.*.maxNotional: maxNotional must be at most 40 characters');
  });

  it('refuses 10,000 instruments before reading any of them', () => {
    const instruments: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) instruments[`S${i}/USD`] = { hostile: true };
    expect(refusal({ ...valid, instruments })).toEqual(['instruments: instruments may hold at most 500 symbols']);
  });

  it('accepts exactly 500 instruments', () => {
    const instruments: Record<string, unknown> = {};
    for (let i = 0; i < 500; i++) instruments[`S${i}/USD`] = entry;
    expect(riskLimitsSchema.safeParse({ ...valid, instruments }).success).toBe(true);
  });

  it('refuses symbol keys that are too long, contain control characters or try to reach the prototype', () => {
    expect(refusal({ ...valid, instruments: { ['A'.repeat(10_000)]: entry } })[0]).toMatch(
      /^instruments\.A{32}: instrument key "A{32}" must be "\*" or a symbol of at most 32 letters/,
    );
    expect(refusal({ ...valid, instruments: { 'BTC\u0001USD': entry } })[0]).toContain('must be "*" or a symbol');
    const proto = JSON.parse(
      `{"account": ${JSON.stringify(valid.account)}, "instruments": {"__proto__": {"polluted": 1}}}`,
    );
    expect(refusal(proto)[0]).toContain('instrument key "__proto__" must be "*" or a symbol');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an instrument table that is not an object', () => {
    expect(refusal({ ...valid, instruments: [entry] })).toEqual([
      'instruments: instruments must be an object of symbol → limits',
    ]);
    expect(refusal({ ...valid, instruments: null })).toEqual([
      'instruments: instruments must be an object of symbol → limits',
    ]);
  });

  it('describes limits in words, the default entry last', () => {
    expect(describeLimits(riskLimitsSchema.parse(valid))).toEqual([
      'account: ≤ 200 open orders, ≤ 20 orders/s, duplicates refused within 500 ms',
      'BTC/USD: order ≤ 5 BTC, notional ≤ 500000 USD, band 5 %, band 100 ticks, position ≤ 20 BTC',
      'other symbols: order ≤ 5, notional ≤ 500000, band 5 %, band 100 ticks, position ≤ 20',
    ]);
  });
});
