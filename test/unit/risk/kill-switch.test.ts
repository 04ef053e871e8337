import { describe, expect, it } from 'vitest';
import { candidateFromAmend } from '../../../electron/risk/candidate.js';
import { KillSwitch } from '../../../electron/risk/kill-switch.js';
import { RiskEngine } from '../../../electron/risk/risk-engine.js';
import { ctx, limits, order, working } from './fixtures.js';

const ENGAGED_AT = Date.UTC(2025, 0, 2, 9, 30);

describe('kill switch', () => {
  it('starts released', () => {
    expect(new KillSwitch().state).toEqual({ engaged: false, changedAt: null, changedBy: null, cancels: [] });
  });

  it('refuses every new order while engaged, saying who engaged it and when', () => {
    const engine = new RiskEngine({ limits: limits({}) });
    engine.killSwitch.engage('risk panel', ENGAGED_AT);
    expect(engine.check(order(), ctx())).toEqual({
      rule: 'kill-switch',
      limit: 'engaged',
      actual: 'new order',
      message:
        'The kill switch was engaged by risk panel at 2025-01-02T09:30:00.000Z: new orders and amends are refused ' +
        'until it is re-armed (cancels still go out).',
    });
  });

  it('refuses amends while engaged', () => {
    const engine = new RiskEngine({ limits: limits({}) });
    engine.killSwitch.engage('risk panel', ENGAGED_AT);
    const resting = working();
    const refusal = engine.check(candidateFromAmend(resting, { orderKey: resting.orderKey, price: '58000' }), ctx());
    expect(refusal?.rule).toBe('kill-switch');
    expect(refusal?.actual).toBe('amend');
  });

  it('comes before every other rule', () => {
    const engine = new RiskEngine({ limits: limits({ 'BTC/USD': { maxOrderQty: '1' } }) });
    engine.killSwitch.engage('ops', ENGAGED_AT);
    expect(engine.check(order({ qty: '100' }), ctx())?.rule).toBe('kill-switch');
  });

  it('lets orders through again once re-armed, and records who re-armed it', () => {
    const engine = new RiskEngine({ limits: limits({}) });
    engine.killSwitch.engage('ops', ENGAGED_AT);
    expect(engine.killSwitch.rearm('desk head', ENGAGED_AT + 60_000)).toBe(true);
    expect(engine.check(order(), ctx())).toBeNull();
    expect(engine.state().killSwitch).toEqual({
      engaged: false,
      changedAt: ENGAGED_AT + 60_000,
      changedBy: 'desk head',
      cancels: [],
    });
  });

  it('keeps who engaged it first when engaged again', () => {
    const ks = new KillSwitch();
    expect(ks.engage('first', 1)).toBe(true);
    expect(ks.engage('second', 2)).toBe(false);
    expect(ks.state).toMatchObject({ engaged: true, changedAt: 1, changedBy: 'first' });
    expect(ks.rearm('x', 3)).toBe(true);
    expect(ks.rearm('y', 4)).toBe(false);
  });

  it('records the latest mass-cancel result per session while engaged', () => {
    const ks = new KillSwitch();
    ks.engage('ops', 1);
    ks.noteCancel('kraken-trading', 'sent');
    ks.noteCancel('demo-trading', 'sent');
    ks.noteCancel('kraken-trading', '4 orders canceled');
    expect(ks.state.cancels).toEqual([
      { sessionId: 'demo-trading', result: 'sent' },
      { sessionId: 'kraken-trading', result: '4 orders canceled' },
    ]);
  });

  it('ignores a cancel result that arrives after re-arming, and starts a fresh list when engaged again', () => {
    const ks = new KillSwitch();
    ks.engage('ops', 1);
    ks.noteCancel('demo-trading', 'sent');
    ks.rearm('ops', 2);
    expect(ks.noteCancel('demo-trading', '2 orders canceled')).toBe(false);
    expect(ks.state.cancels).toEqual([]);
    ks.engage('ops', 3);
    expect(ks.state.cancels).toEqual([]);
  });

  it('cuts an overlong cancel result so the state stays small', () => {
    const ks = new KillSwitch();
    ks.engage('ops', 1);
    ks.noteCancel('demo-trading', 'x'.repeat(100_000));
    expect(ks.state.cancels[0]?.result.length).toBe(300);
  });

  it('hands out state that cannot be changed behind its back', () => {
    const ks = new KillSwitch();
    ks.engage('ops', 1);
    expect(Object.isFrozen(ks.state)).toBe(true);
    expect(Object.isFrozen(ks.state.cancels)).toBe(true);
  });
});
