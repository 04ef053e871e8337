import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/ipc/commands.js';
import { DEFAULT_RISK_LIMITS } from '../../../electron/risk/default-limits.js';
import {
  DEFAULT_UI,
  DEMO_PROFILE,
  hasManagedEndpoints,
  JsonFileKeyValue,
  MemoryKeyValue,
  MemorySecretVault,
  SettingsError,
  SettingsStore,
  withManagedEndpoints,
} from '../../../electron/settings/index.js';
import { tempDirs } from '../store/temp-dir.js';

const tempDir = tempDirs('settings-');

const uat: ProfileInput = {
  id: 'kraken-uat',
  name: 'Kraken UAT',
  kind: 'kraken-spot',
  trading: {
    host: 'fix-uat.kraken.com',
    port: 5801,
    tls: true,
    senderCompId: 'ACME',
    targetCompId: 'KRAKEN-TRD',
    heartBtIntSec: 60,
  },
  apiKey: 'KEY123',
  cancelOnDisconnect: true,
  autoConnect: false,
};

function memoryStore(kv = new MemoryKeyValue()): SettingsStore {
  return new SettingsStore({ kv, vault: new MemorySecretVault() });
}

describe('SettingsStore', () => {
  it('starts with the demo profile, the default UI and the default risk limits', () => {
    const store = memoryStore();
    expect(store.issues).toEqual([]);
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    expect(store.view()).toEqual({ profiles: [{ ...DEMO_PROFILE, hasSecret: false }], ui: DEFAULT_UI });
    expect(store.ui().theme).toBe('dark');
    expect(store.riskLimits()).toEqual(DEFAULT_RISK_LIMITS);
  });

  it('marks the demo profile as the embedded exchange whose host and port the core fills in', () => {
    expect(DEMO_PROFILE.kind).toBe('simulator');
    expect(hasManagedEndpoints(DEMO_PROFILE)).toBe(true);
    expect(hasManagedEndpoints(uat)).toBe(false);
    const live = withManagedEndpoints(DEMO_PROFILE, {
      trading: { host: '127.0.0.1', port: 41001, caFile: '/data/sim-tls/cert.pem' },
      marketData: { host: '127.0.0.1', port: 41002 },
    });
    expect(live.trading).toEqual({ ...DEMO_PROFILE.trading, port: 41001, caFile: '/data/sim-tls/cert.pem' });
    expect(live.marketData).toEqual({ ...DEMO_PROFILE.marketData, port: 41002 });
    expect(withManagedEndpoints(uat, { trading: { host: 'x', port: 1 } })).toBe(uat);
  });

  it('adds a profile, replaces it in place by id and deletes it with its secret', () => {
    const vault = new MemorySecretVault();
    const store = new SettingsStore({ kv: new MemoryKeyValue(), vault });
    store.saveProfile(uat);
    expect(store.profiles().map((p) => p.id)).toEqual(['demo', 'kraken-uat']);
    store.saveProfile({ ...DEMO_PROFILE, name: 'Sim' });
    store.saveProfile({ ...uat, autoConnect: true });
    expect(store.profiles().map((p) => [p.id, p.name, p.autoConnect])).toEqual([
      ['demo', 'Sim', true],
      ['kraken-uat', 'Kraken UAT', true],
    ]);
    store.setSecret('kraken-uat', 'c2VjcmV0');
    expect(store.view().profiles.map((p) => p.hasSecret)).toEqual([false, true]);
    expect(store.secretOf('kraken-uat')).toBe('c2VjcmV0');
    const view = store.deleteProfile('kraken-uat');
    expect(view.profiles.map((p) => p.id)).toEqual(['demo']);
    expect(vault.has('kraken-uat')).toBe(false);
  });

  it('never shows a secret in the view it returns', () => {
    const store = memoryStore();
    const view = store.setSecret('demo', 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5');
    expect(JSON.stringify(view)).not.toContain('kQH5HW');
    expect(view.profiles[0]!.hasSecret).toBe(true);
  });

  it('refuses an invalid profile, UI or limits naming the field, and changes nothing', () => {
    const kv = new MemoryKeyValue();
    const store = memoryStore(kv);
    expect(() => store.saveProfile({ ...uat, trading: { ...uat.trading, port: 0 } })).toThrow(
      new SettingsError('Profile not saved: trading.port: must be from 1 to 65535.'),
    );
    expect(() => store.saveUi({ ...DEFAULT_UI, theme: 'blue' as 'dark' })).toThrow(
      'UI settings not saved: theme: must be dark or light.',
    );
    expect(() =>
      store.saveRiskLimits({ ...DEFAULT_RISK_LIMITS, account: { ...DEFAULT_RISK_LIMITS.account, maxOpenOrders: 0 } }),
    ).toThrow(/^Risk limits not saved: account.maxOpenOrders: /);
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    expect(kv.get('profiles')).toBeUndefined();
    expect(kv.get('ui')).toBeUndefined();
    expect(kv.get('riskLimits')).toBeUndefined();
  });

  it('refuses a secret for an unknown profile or an unusable secret', () => {
    const store = memoryStore();
    expect(() => store.setSecret('nope', 'abc')).toThrow('No profile "nope".');
    expect(() => store.setSecret('demo', '')).toThrow('Secret not stored: secret: must not be empty.');
    expect(() => store.deleteProfile('nope')).toThrow(SettingsError);
  });

  it('keeps profiles, UI settings and risk limits across a restart over a JSON file', () => {
    const file = path.join(tempDir(), 'settings.json');
    const first = new SettingsStore({ kv: new JsonFileKeyValue({ file }), vault: new MemorySecretVault() });
    first.saveProfile(uat);
    const ui = { ...DEFAULT_UI, theme: 'light' as const, userName: 'alice' };
    first.saveUi(ui);
    const limits = { ...DEFAULT_RISK_LIMITS, account: { ...DEFAULT_RISK_LIMITS.account, maxOrdersPerSecond: 3 } };
    first.saveRiskLimits(limits);
    const second = new SettingsStore({ kv: new JsonFileKeyValue({ file }), vault: new MemorySecretVault() });
    expect(second.issues).toEqual([]);
    expect(second.profiles()).toEqual([DEMO_PROFILE, uat]);
    expect(second.ui()).toEqual(ui);
    expect(second.riskLimits()).toEqual(limits);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('keeps an empty profile list when the user deleted every profile', () => {
    const kv = new MemoryKeyValue();
    memoryStore(kv).deleteProfile('demo');
    const again = memoryStore(kv);
    expect(again.profiles()).toEqual([]);
    expect(again.issues).toEqual([]);
  });
});
