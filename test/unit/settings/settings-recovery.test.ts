import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/ipc/commands.js';
import { DEFAULT_RISK_LIMITS } from '../../../electron/risk/default-limits.js';
import {
  DEFAULT_UI,
  DEMO_PROFILE,
  JsonFileKeyValue,
  MemoryKeyValue,
  MemorySecretVault,
  SettingsStore,
} from '../../../electron/settings/index.js';
import { tempDirs } from '../store/temp-dir.js';

const tempDir = tempDirs('settings-recovery-');
const NOW = Date.UTC(2025, 5, 1, 12, 30, 15, 250);
const ASIDE = 'settings.invalid-2025-06-01T12-30-15-250Z.json';

const uat: ProfileInput = {
  ...DEMO_PROFILE,
  id: 'kraken-uat',
  name: 'Kraken UAT',
  kind: 'kraken-spot',
  marketData: undefined,
};
delete (uat as { marketData?: unknown }).marketData;

function open(file: string): SettingsStore {
  return new SettingsStore({
    kv: new JsonFileKeyValue({ file, now: () => NOW }),
    vault: new MemorySecretVault(),
    now: () => NOW,
  });
}

function setup(content: unknown): { dir: string; file: string; text: string } {
  const dir = tempDir();
  const file = path.join(dir, 'settings.json');
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  fs.writeFileSync(file, text);
  return { dir, file, text };
}

describe('SettingsStore reading a damaged settings file', () => {
  it('moves a file that is not JSON aside, starts from the defaults and says where the file went', () => {
    const { dir, file, text } = setup('{"profiles": [ {"id": "kraken-uat", ');
    const store = open(file);
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    expect(store.issues).toEqual([
      {
        part: 'file',
        message: `The settings file ${file} is not valid JSON; it was moved to ${path.join(dir, ASIDE)} and the defaults are in use.`,
        keptAside: path.join(dir, ASIDE),
      },
    ]);
    expect(fs.readFileSync(path.join(dir, ASIDE), 'utf8')).toBe(text);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('moves aside a file that holds an array instead of an object', () => {
    const { dir, file } = setup('[1, 2]');
    const store = open(file);
    expect(store.issues[0]!.message).toMatch(/holds an array, not an object/);
    expect(fs.readdirSync(dir)).toEqual([ASIDE]);
  });

  it('keeps the good profiles, leaves out a bad one naming its field and keeps the original file aside', () => {
    const bad = { ...uat, id: 'kraken-prod', trading: { ...uat.trading, port: 70000 } };
    const { dir, file, text } = setup({ profiles: [DEMO_PROFILE, bad, uat] });
    const store = open(file);
    expect(store.profiles()).toEqual([DEMO_PROFILE, uat]);
    expect(store.issues).toEqual([
      {
        part: 'profiles',
        message:
          'profiles[1] ("kraken-prod") was left out: trading.port: must be from 1 to 65535. ' +
          `The file as it was is kept at ${path.join(dir, ASIDE)}.`,
        keptAside: path.join(dir, ASIDE),
      },
    ]);
    expect(fs.readFileSync(path.join(dir, ASIDE), 'utf8')).toBe(text);
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { profiles: unknown[] }).profiles).toEqual([
      DEMO_PROFILE,
      uat,
    ]);
    const again = open(file);
    expect(again.issues).toEqual([]);
    expect(fs.readdirSync(dir).sort()).toEqual([ASIDE, 'settings.json'].sort());
  });

  it('leaves out a second profile with the same id', () => {
    const { file } = setup({ profiles: [uat, { ...uat, name: 'Copy' }] });
    const store = open(file);
    expect(store.profiles()).toEqual([uat]);
    expect(store.issues[0]!.message).toMatch(
      /^profiles\[1\] \("kraken-uat"\) was left out: a profile with that id comes earlier\./,
    );
  });

  it('falls back to the demo profile when no profile can be read', () => {
    const { file } = setup({ profiles: [{ id: 'x' }] });
    const store = open(file);
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    const aside = path.join(path.dirname(file), ASIDE);
    expect(store.issues.map((i) => i.message)).toEqual([
      'profiles[0] ("x") was left out: name: is missing; kind: is missing; trading: is missing; ' +
        `cancelOnDisconnect: is missing; autoConnect: is missing. The file as it was is kept at ${aside}.`,
      `No profile could be read; the demo profile is in use. The file as it was is kept at ${aside}.`,
    ]);
  });

  it('falls back for a bad UI field only, keeping the other UI fields', () => {
    const ui = { ...DEFAULT_UI, theme: 'light', userName: 'alice', hotkeys: { ...DEFAULT_UI.hotkeys, buy: 'B' } };
    const { file } = setup({ ui });
    const store = open(file);
    expect(store.ui()).toEqual({ ...DEFAULT_UI, theme: 'light', userName: 'alice' });
    expect(store.issues.map((i) => i.part)).toEqual(['ui']);
    expect(store.issues[0]!.message).toMatch(
      /^ui\.hotkeys\.buy: B types or moves focus in the ticket: add Ctrl, Alt or Meta; the default hotkeys is in use\./,
    );
  });

  it('takes defaults for UI fields a newer version added, without calling it a problem', () => {
    const { theme, hotkeys, layout, userName } = { ...DEFAULT_UI, theme: 'light' as const };
    const { file } = setup({ ui: { theme, hotkeys, layout, userName } });
    const store = open(file);
    expect(store.issues).toEqual([]);
    expect(store.ui()).toEqual({ ...DEFAULT_UI, theme: 'light' });
  });

  it('falls back to the default risk limits as a whole when any limit is invalid', () => {
    const limits = { ...DEFAULT_RISK_LIMITS, account: { ...DEFAULT_RISK_LIMITS.account, maxOpenOrders: -1 } };
    const { file } = setup({ riskLimits: limits });
    const store = open(file);
    expect(store.riskLimits()).toEqual(DEFAULT_RISK_LIMITS);
    expect(store.issues[0]!.message).toMatch(
      /^riskLimits\.account\.maxOpenOrders: .*; the default risk limits are in use\./,
    );
  });

  it('reports but writes nothing back when there is no file to keep aside', () => {
    const bad = { ...uat, trading: { ...uat.trading, port: 0 } };
    const kv = new MemoryKeyValue({ profiles: [DEMO_PROFILE, bad] });
    const store = new SettingsStore({ kv, vault: new MemorySecretVault() });
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    expect(store.issues[0]).toMatchObject({ part: 'profiles', keptAside: null });
    expect(store.issues[0]!.message).toMatch(/The stored settings were left as they are\.$/);
    expect(kv.get('profiles')).toEqual([DEMO_PROFILE, bad]);
  });

  it('reads a file an editor saved with a byte order mark', () => {
    const { file } = setup(`\uFEFF${JSON.stringify({ profiles: [uat] })}`);
    const store = open(file);
    expect(store.issues).toEqual([]);
    expect(store.profiles()).toEqual([uat]);
  });
});
