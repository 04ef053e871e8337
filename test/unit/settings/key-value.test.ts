import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import {
  ConfKeyValue,
  DEMO_PROFILE,
  JsonFileKeyValue,
  MemoryKeyValue,
  MemorySecretVault,
  SettingsStore,
  asideName,
} from '../../../electron/settings/index.js';
import { tempDirs } from '../store/temp-dir.js';

const tempDir = tempDirs('settings-kv-');
const NOW = Date.UTC(2025, 5, 1, 12, 30, 15, 250);

function openConf(dir: string): ConfKeyValue {
  const file = path.join(dir, 'settings.json');
  return ConfKeyValue.open(
    file,
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: 'settings',
        projectName: 'fix-workstation-test',
        accessPropertiesByDotNotation: false,
        configFileMode: 0o600,
      }),
    () => NOW,
  );
}

describe('JsonFileKeyValue', () => {
  it('writes the whole file atomically, owner-only, and leaves no temp file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'settings.json');
    const kv = new JsonFileKeyValue({ file });
    kv.set('ui', { theme: 'dark' });
    kv.set('profiles', []);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ ui: { theme: 'dark' }, profiles: [] });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(new JsonFileKeyValue({ file }).get('ui')).toEqual({ theme: 'dark' });
  });

  it('hands out copies, so a caller cannot change the cache behind the file', () => {
    const kv = new JsonFileKeyValue({ file: path.join(tempDir(), 'settings.json') });
    const value = { list: [1] };
    kv.set('k', value);
    value.list.push(2);
    (kv.get('k') as { list: number[] }).list.push(3);
    expect(kv.get('k')).toEqual({ list: [1] });
  });

  it('removes a temp file left by a write that crashed before its rename', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{"ui":1}');
    fs.writeFileSync(`${file}.tmp`, '{"ui":');
    const kv = new JsonFileKeyValue({ file });
    expect(kv.get('ui')).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
  });

  it('refuses to store undefined', () => {
    const kv = new JsonFileKeyValue({ file: path.join(tempDir(), 'settings.json') });
    expect(() => kv.set('ui', undefined)).toThrow(TypeError);
  });
});

describe('MemoryKeyValue', () => {
  it('round-trips JSON data and returns undefined for a key never set', () => {
    const kv = new MemoryKeyValue({ a: { b: 1 } });
    expect(kv.get('a')).toEqual({ b: 1 });
    expect(kv.get('missing')).toBeUndefined();
    kv.set('c', [1, 'x']);
    expect(kv.get('c')).toEqual([1, 'x']);
  });
});

describe('ConfKeyValue (the logic under the electron-store adapter)', () => {
  it('stores and reads values through conf', () => {
    const dir = tempDir();
    const kv = openConf(dir);
    kv.set('profiles', [DEMO_PROFILE]);
    expect(openConf(dir).get('profiles')).toEqual([DEMO_PROFILE]);
    expect(kv.path).toBe(path.join(dir, 'settings.json'));
    expect(kv.issues).toEqual([]);
  });

  it('moves aside a file conf would refuse to open', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"profiles": [');
    const kv = openConf(dir);
    expect(kv.issues.map((i) => i.part)).toEqual(['file']);
    expect(kv.get('profiles')).toBeUndefined();
    expect(fs.readFileSync(asideName(path.join(dir, 'settings.json'), NOW), 'utf8')).toBe('{"profiles": [');
  });

  it('moves aside a file conf would silently read as empty and overwrite', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), '[{"id":"kraken-uat"}]');
    const kv = openConf(dir);
    expect(kv.issues[0]!.message).toMatch(/holds an array, not an object/);
    expect(fs.existsSync(asideName(path.join(dir, 'settings.json'), NOW))).toBe(true);
  });

  it('lets the SettingsStore keep a hand-edited file aside before repairing it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ profiles: [DEMO_PROFILE, { ...DEMO_PROFILE, id: 'Bad' }] }));
    const store = new SettingsStore({ kv: openConf(dir), vault: new MemorySecretVault(), now: () => NOW });
    expect(store.profiles()).toEqual([DEMO_PROFILE]);
    expect(store.issues[0]!.keptAside).toBe(asideName(file, NOW));
    expect(JSON.parse(fs.readFileSync(asideName(file, NOW), 'utf8')).profiles).toHaveLength(2);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).profiles).toEqual([DEMO_PROFILE]);
  });

  it('refuses a store that opened another file than the one checked', () => {
    const dir = tempDir();
    expect(() => ConfKeyValue.open(path.join(dir, 'other.json'), () => openConf(dir))).toThrow(/not the checked file/);
  });
});
