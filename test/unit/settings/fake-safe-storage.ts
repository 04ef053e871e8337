// A stand-in for Electron's safeStorage: real AES-256-GCM under a per-instance key, so its ciphertext is as opaque
// as the OS keychain's, plus switches for the failure modes the vault must handle.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../../electron/settings/index.js';

export interface FakeSafeStorage extends SafeStorageLike {
  available: boolean;
  backend: string | undefined;
  encryptCalls: number;
}

export function fakeSafeStorage(): FakeSafeStorage {
  const key = randomBytes(32);
  const fake: FakeSafeStorage = {
    available: true,
    backend: undefined,
    encryptCalls: 0,
    isEncryptionAvailable: () => fake.available,
    encryptString(plainText: string): Buffer {
      fake.encryptCalls++;
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plainText, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString(encrypted: Buffer): string {
      const d = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      d.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([d.update(encrypted.subarray(28)), d.final()]).toString('utf8');
    },
    getSelectedStorageBackend: () => fake.backend ?? 'gnome_libsecret',
  };
  return fake;
}
