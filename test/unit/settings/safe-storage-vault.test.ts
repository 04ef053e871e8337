import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JsonFileKeyValue,
  MemoryKeyValue,
  MemorySecretVault,
  SafeStorageVault,
  SecretStorageError,
  SettingsStore,
  type SafeStorageLike,
} from '../../../electron/settings/index.js';
import { tempDirs } from '../store/temp-dir.js';
import { fakeSafeStorage } from './fake-safe-storage.js';

const tempDir = tempDirs('vault-');
const SECRET = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

function fileVault(): { file: string; vault: SafeStorageVault; safe: ReturnType<typeof fakeSafeStorage> } {
  const file = path.join(tempDir(), 'settings.json');
  const safe = fakeSafeStorage();
  return { file, safe, vault: new SafeStorageVault({ kv: new JsonFileKeyValue({ file }), safeStorage: safe }) };
}

/** Every form the secret could take in a file: as is, as base64, as hex, JSON-escaped. */
function expectNoSecretIn(bytes: Buffer): void {
  const text = bytes.toString('utf8');
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(Buffer.from(SECRET).toString('base64'));
  expect(text).not.toContain(Buffer.from(SECRET).toString('hex'));
  expect(text).not.toContain(JSON.stringify(SECRET).slice(1, -1));
  expect(bytes.includes(Buffer.from(SECRET.slice(0, 16)))).toBe(false);
}

describe('SafeStorageVault', () => {
  it('stores only ciphertext: the settings file never contains the secret', () => {
    const { file, vault } = fileVault();
    vault.set('kraken-uat', SECRET);
    const raw = fs.readFileSync(file);
    expectNoSecretIn(raw);
    const stored = (JSON.parse(raw.toString('utf8')) as { secrets: Record<string, string> }).secrets;
    expect(Object.keys(stored)).toEqual(['kraken-uat']);
    expect(stored['kraken-uat']).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('reads a stored secret back after a restart with the same keychain, and deletes it', () => {
    const { file, vault, safe } = fileVault();
    vault.set('kraken-uat', SECRET);
    const again = new SafeStorageVault({ kv: new JsonFileKeyValue({ file }), safeStorage: safe });
    expect(again.has('kraken-uat')).toBe(true);
    expect(again.get('kraken-uat')).toBe(SECRET);
    expect(again.has('demo')).toBe(false);
    expect(again.get('demo')).toBeUndefined();
    again.delete('kraken-uat');
    expect(again.has('kraken-uat')).toBe(false);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ secrets: {} });
  });

  it('refuses to store when OS encryption is unavailable and writes nothing', () => {
    const { file, vault, safe } = fileVault();
    safe.available = false;
    expect(() => vault.set('kraken-uat', SECRET)).toThrow(SecretStorageError);
    expect(() => vault.set('kraken-uat', SECRET)).toThrow(/OS encryption is unavailable/);
    expect(fs.existsSync(file)).toBe(false);
    expect(safe.encryptCalls).toBe(0);
  });

  it("refuses Linux's basic_text backend unless allowed", () => {
    const { file, vault, safe } = fileVault();
    safe.backend = 'basic_text';
    expect(() => vault.set('kraken-uat', SECRET)).toThrow(/No keyring/);
    expect(fs.existsSync(file)).toBe(false);
    const lenient = new SafeStorageVault({
      kv: new JsonFileKeyValue({ file }),
      safeStorage: safe,
      allowBasicText: true,
    });
    lenient.set('kraken-uat', SECRET);
    expect(lenient.get('kraken-uat')).toBe(SECRET);
  });

  it('refuses an encryptor that hands back the clear text', () => {
    const kv = new MemoryKeyValue();
    const passThrough: SafeStorageLike = {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(`v10${s}`),
      decryptString: (b) => b.toString('utf8').slice(3),
    };
    const vault = new SafeStorageVault({ kv, safeStorage: passThrough });
    expect(() => vault.set('kraken-uat', SECRET)).toThrow(/unusable ciphertext/);
    expect(kv.get('secrets')).toBeUndefined();
  });

  it('says clearly when a stored secret cannot be decrypted by this keychain', () => {
    const kv = new MemoryKeyValue();
    new SafeStorageVault({ kv, safeStorage: fakeSafeStorage() }).set('kraken-uat', SECRET);
    const otherKeychain = new SafeStorageVault({ kv, safeStorage: fakeSafeStorage() });
    expect(otherKeychain.has('kraken-uat')).toBe(true);
    expect(() => otherKeychain.get('kraken-uat')).toThrow(
      'The secret of profile kraken-uat cannot be decrypted (stored by another OS user or keyring?); set it again.',
    );
  });

  it('treats a hand-edited entry that is not base64 as no secret', () => {
    const kv = new MemoryKeyValue({ secrets: { 'kraken-uat': 'not base64!', demo: 42 } });
    const vault = new SafeStorageVault({ kv, safeStorage: fakeSafeStorage() });
    expect(vault.has('kraken-uat')).toBe(false);
    expect(vault.has('demo')).toBe(false);
    expect(vault.has('__proto__')).toBe(false);
  });

  it('refuses a bad profile id or secret without echoing the secret', () => {
    const vault = new SafeStorageVault({ kv: new MemoryKeyValue(), safeStorage: fakeSafeStorage() });
    expect(() => vault.set('../etc', SECRET)).toThrow(/not a profile id/);
    let message = '';
    try {
      vault.set('kraken-uat', `${SECRET}\n`);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('A secret must be 1 to 1024 characters without control characters.');
  });

  it('keeps the secret out of the settings file when set through the SettingsStore', () => {
    const file = path.join(tempDir(), 'settings.json');
    const kv = new JsonFileKeyValue({ file });
    const store = new SettingsStore({ kv, vault: new SafeStorageVault({ kv, safeStorage: fakeSafeStorage() }) });
    const view = store.setSecret('demo', SECRET);
    expect(view.profiles[0]!.hasSecret).toBe(true);
    expect(store.secretOf('demo')).toBe(SECRET);
    expectNoSecretIn(fs.readFileSync(file));
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });
});

describe('MemorySecretVault', () => {
  it('keeps secrets for the run only and validates them like the file vault', () => {
    const vault = new MemorySecretVault();
    vault.set('kraken-uat', SECRET);
    expect(vault.has('kraken-uat')).toBe(true);
    expect(vault.get('kraken-uat')).toBe(SECRET);
    vault.delete('kraken-uat');
    expect(vault.get('kraken-uat')).toBeUndefined();
    expect(new MemorySecretVault().has('kraken-uat')).toBe(false);
    expect(() => vault.set('kraken-uat', '')).toThrow(SecretStorageError);
    expect(() => vault.set('Bad Id', 'x')).toThrow(/not a profile id/);
  });
});
