import { describe, expect, it } from 'vitest';
import type { UiSettings } from '../../../shared/domain/settings.js';
import { DEFAULT_RISK_LIMITS } from '../../../electron/risk/default-limits.js';
import { DEFAULT_INSTRUMENTS } from '../../../electron/sim/matching/instruments.js';
import { cmp, dec } from '../../../shared/domain/decimal.js';
import { DEFAULT_UI, describeIssues, layoutSchema, uiSettingsSchema } from '../../../electron/settings/index.js';

function check(ui: unknown): string {
  const r = uiSettingsSchema.safeParse(ui);
  return r.success ? 'ok' : describeIssues(r.error);
}

function withHotkeys(patch: Partial<UiSettings['hotkeys']>): UiSettings {
  return { ...DEFAULT_UI, hotkeys: { ...DEFAULT_UI.hotkeys, ...patch } };
}

function withLayout(patch: Partial<UiSettings['layout']>): UiSettings {
  return { ...DEFAULT_UI, layout: { ...DEFAULT_UI.layout, ...patch } };
}

describe('uiSettingsSchema', () => {
  it('accepts the defaults', () => {
    expect(check(DEFAULT_UI)).toBe('ok');
  });

  it('has quantity presets for every pair of the embedded exchange, each a valid quantity within the default limits', () => {
    const compareDecimal = (a: string, b: string) => cmp(dec(a), dec(b));
    for (const inst of DEFAULT_INSTRUMENTS) {
      const presets = DEFAULT_UI.qtyPresets[inst.symbol];
      expect(presets, inst.symbol).toBeDefined();
      for (const q of presets!) {
        expect(compareDecimal(q, inst.qtyMin), `${inst.symbol} ${q}`).toBeGreaterThanOrEqual(0);
        expect(compareDecimal(q, inst.qtyMax), `${inst.symbol} ${q}`).toBeLessThanOrEqual(0);
        expect((q.split('.')[1] ?? '').length, `${inst.symbol} ${q}`).toBeLessThanOrEqual(inst.lotDecimals);
        const max = DEFAULT_RISK_LIMITS.instruments[inst.symbol]?.maxOrderQty;
        if (max) expect(compareDecimal(q, max), `${inst.symbol} ${q}`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('accepts chords with modifiers in the fixed order and refuses other spellings', () => {
    expect(check(withHotkeys({ cancelAll: 'Ctrl+Alt+Shift+Meta+F12' }))).toBe('ok');
    expect(check(withHotkeys({ buy: 'Ctrl+B' }))).toBe('ok');
    expect(check(withHotkeys({ cancelAll: 'Shift+Ctrl+K' }))).toMatch(/^hotkeys.cancelAll: must be like "F1"/);
    expect(check(withHotkeys({ cancelAll: 'ctrl+k' }))).toMatch(/^hotkeys.cancelAll: must be like/);
    expect(check(withHotkeys({ cancelAll: 'F25' }))).toMatch(/^hotkeys.cancelAll: must be like/);
  });

  it('refuses a hotkey that would fire while the trader types in the ticket', () => {
    expect(check(withHotkeys({ buy: 'B' }))).toBe(
      'hotkeys.buy: B types or moves focus in the ticket: add Ctrl, Alt or Meta',
    );
    expect(check(withHotkeys({ buy: 'Shift+B' }))).toMatch(/types or moves focus/);
    expect(check(withHotkeys({ sell: 'Tab' }))).toMatch(/types or moves focus/);
  });

  it('refuses two actions on one key', () => {
    expect(check(withHotkeys({ cancelAll: 'F1' }))).toBe('hotkeys.cancelAll: F1 is already the buy key');
  });

  it('refuses a layout whose active tab is not in its area or that shows a panel twice', () => {
    expect(check(withLayout({ active: { ...DEFAULT_UI.layout.active, 'left-top': 'chart' } }))).toBe(
      'layout.active.left-top: chart is not a panel of left-top',
    );
    expect(check(withLayout({ areas: { ...DEFAULT_UI.layout.areas, 'right-bottom': ['trades', 'ticket'] } }))).toBe(
      'layout.areas.right-bottom[1]: ticket is already shown in left-top',
    );
    expect(check(withLayout({ sizes: { left: 0 } }))).toBe('layout.sizes.left: must be from 1 to 99 percent');
    expect(check(withLayout({ sizes: { Left: 20 } }))).toMatch(/^layout.sizes.Left: /);
  });

  it('refuses preset quantities that are not positive plain decimals and oversized tables', () => {
    expect(check({ ...DEFAULT_UI, qtyPresets: { 'BTC/USD': ['1e-3'] } })).toBe(
      'qtyPresets.BTC/USD[0]: must be a plain decimal like 0.5 (no exponent, no sign)',
    );
    expect(check({ ...DEFAULT_UI, qtyPresets: { 'BTC/USD': ['0'] } })).toBe(
      'qtyPresets.BTC/USD[0]: must be greater than zero',
    );
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`S${i}`, ['1']]));
    expect(check({ ...DEFAULT_UI, qtyPresets: many })).toBe('qtyPresets: must hold at most 200 entries');
  });

  it('refuses an unknown theme, an extra key and a user name with control characters', () => {
    expect(check({ ...DEFAULT_UI, theme: 'blue' })).toBe('theme: must be dark or light');
    expect(check({ ...DEFAULT_UI, fontSize: 14 })).toMatch(/fontSize/);
    expect(check({ ...DEFAULT_UI, userName: 'al\u0001ice' })).toBe('userName: must not hold control characters');
  });

  it('refuses a damaged layout with reasons instead of throwing (missing areas, areas not lists)', () => {
    for (const layout of [
      { active: {}, sizes: {} },
      { areas: { a: 5 }, active: { a: 'x' }, sizes: {} },
      { areas: 'x', active: 3, sizes: {} },
    ]) {
      expect(() => layoutSchema.safeParse(layout)).not.toThrow();
      expect(layoutSchema.safeParse(layout).success).toBe(false);
    }
  });
});
