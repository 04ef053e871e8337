import { describe, expect, it } from 'vitest';
import type { AccountLimits, InstrumentLimits } from '../../../shared/domain/risk.js';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { ctx, limits, order, working } from './fixtures.js';

describe('risk engine', () => {
  it('applies the "*" entry to a symbol without its own', () => {
    const engine = new RiskEngine({ limits: limits({ '*': { maxOrderQty: '2' }, 'ETH/USD': { maxOrderQty: '50' } }) });
    expect(engine.check(order({ qty: '3' }), ctx())?.limit).toBe('2 BTC');
    expect(
      engine.check(order({ symbol: 'ETH/USD', qty: '3', price: '3000' }), ctx({ instrument: undefined })),
    ).toBeNull();
  });

  it('applies a symbol\'s own entry whole: its null is no limit even when "*" has one', () => {
    const engine = new RiskEngine({
      limits: limits({ '*': { maxOrderQty: '2' }, 'BTC/USD': { maxNotional: '1000000' } }),
    });
    expect(engine.check(order({ qty: '10' }), ctx())).toBeNull();
  });

  it('checks nothing per symbol when neither the symbol nor "*" has an entry', () => {
    const engine = new RiskEngine({ limits: limits({ 'ETH/USD': { maxOrderQty: '1' } }) });
    expect(engine.check(order({ qty: '1000' }), ctx())).toBeNull();
  });

  it('treats null everywhere as unlimited', () => {
    const engine = new RiskEngine({ limits: limits({ '*': {} }) });
    const many = Array.from({ length: 1000 }, () => working({ leavesQty: '1000' }));
    for (let i = 0; i < 1000; i++) engine.recordSent('new', 1000, order({ qty: String(i + 1) }));
    const huge = order({ qty: '99999999', price: '99999999' });
    expect(engine.check(huge, ctx({ position: '99999999', working: many, now: 1000 }))).toBeNull();
  });

  it("does not mistake an Object.prototype member for a symbol's limits", () => {
    const engine = new RiskEngine({ limits: limits({ '*': { maxOrderQty: '2' } }) });
    expect(engine.check(order({ symbol: 'constructor', qty: '3' }), ctx({ instrument: undefined }))?.limit).toBe('2');
    expect(engine.check(order({ symbol: 'toString', qty: '3' }), ctx({ instrument: undefined }))?.rule).toBe(
      'max-order-qty',
    );
  });

  it('names units from a BASE/QUOTE symbol when the instrument is unknown', () => {
    const engine = new RiskEngine({ limits: limits({ '*': { maxOrderQty: '2' } }) });
    expect(engine.check(order({ symbol: 'SOL/USD', qty: '3' }), ctx({ instrument: undefined }))?.message).toBe(
      'Order quantity 3 SOL exceeds the 2 SOL limit for SOL/USD.',
    );
  });

  it('reports the first broken rule in the documented order', () => {
    // Every limit broken at once; relax them one at a time, in the documented order, and watch the next rule take
    // over until the order goes through.
    let instrument: Partial<InstrumentLimits> = {
      maxOrderQty: '1',
      maxNotional: '1',
      priceBandPct: '1',
      priceBandTicks: 1,
      maxPosition: '1',
    };
    let account: Partial<AccountLimits> = { maxOpenOrders: 1, maxOrdersPerSecond: 1, duplicateWindowMs: 1000 };
    const relaxations: (() => void)[] = [
      () => (instrument = { ...instrument, maxOrderQty: null }),
      () => (instrument = { ...instrument, maxNotional: null }),
      () => (instrument = { ...instrument, priceBandPct: null }),
      () => (instrument = { ...instrument, priceBandTicks: null }),
      () => (instrument = { ...instrument, maxPosition: null }),
      () => (account = { ...account, maxOpenOrders: null }),
      () => (account = { ...account, duplicateWindowMs: 0 }),
      () => (account = { ...account, maxOrdersPerSecond: null }),
    ];
    const candidate = order({ qty: '2', price: '70000' });
    const engine = new RiskEngine({ limits: limits({ 'BTC/USD': instrument }, account) });
    engine.recordSent('new', 1000, candidate);
    const c = ctx({ now: 1001, working: [working({ leavesQty: '5' })] });
    const seen: string[] = [];
    for (const relax of [...relaxations, () => undefined]) {
      engine.setLimits(limits({ 'BTC/USD': instrument }, account));
      seen.push(engine.check(candidate, c)?.rule ?? 'sent');
      relax();
    }
    expect(seen).toEqual([
      'max-order-qty',
      'max-notional',
      'price-band-pct',
      'price-band-ticks',
      'max-position',
      'max-open-orders',
      'duplicate-order',
      'order-rate',
      'sent',
    ]);
  });

  it('refuses invalid limits and keeps the ones in force', () => {
    const engine = new RiskEngine({ limits: limits({ '*': { maxOrderQty: '2' } }) });
    const bad = limits({ '*': { maxOrderQty: '-1' } });
    expect(() => engine.setLimits(bad)).toThrow(/maxOrderQty must be greater than zero/);
    expect(engine.limits.instruments['*']?.maxOrderQty).toBe('2');
  });

  it('hands out its limits frozen', () => {
    const engine = new RiskEngine({ limits: limits({ '*': { maxOrderQty: '2' } }) });
    expect(Object.isFrozen(engine.state().limits.instruments['*'])).toBe(true);
    expect(Object.isFrozen(engine.state().limits.account)).toBe(true);
  });

  it('starts with the default limits, which are valid and cover the simulator pairs', () => {
    const engine = new RiskEngine();
    expect(Object.keys(engine.limits.instruments)).toEqual(
      expect.arrayContaining(['*', 'BTC/USD', 'ETH/USD', 'SOL/USD', 'XRP/USD', 'ADA/EUR', 'ETH/BTC', 'DOGE/USD']),
    );
    expect(engine.check(order({ qty: '6' }), ctx())?.message).toBe(
      'Order quantity 6 BTC exceeds the 5 BTC limit for BTC/USD.',
    );
  });
});
