// Secrets encrypted at rest with the OS keychain (Electron's safeStorage: Keychain on macOS, DPAPI on Windows,
// libsecret/kwallet on Linux). Only ciphertext, as base64, goes through the KeyValue port; the clear secret is
// never written, and if encryption is unavailable the vault refuses to store rather than fall back to clear text.
import { profileId as profileIdSchema } from './schema-primitives.js';
import { secretText } from './profile-schema.js';
import type { KeyValue } from './key-value.js';
import { SecretStorageError, type SafeStorageLike, type SecretVault } from './secret-vault.js';

export interface SafeStorageVaultOptions {
  kv: KeyValue;
  safeStorage: SafeStorageLike;
  /** Key of the profileId → ciphertext map (default "secrets"). */
  key?: string;
  /** Accept Linux's "basic_text" backend (a constant key: obfuscation, not encryption). Off by default. */
  allowBasicText?: boolean;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class SafeStorageVault implements SecretVault {
  private readonly kv: KeyValue;
  private readonly safe: SafeStorageLike;
  private readonly key: string;
  private readonly allowBasicText: boolean;

  constructor(options: SafeStorageVaultOptions) {
    this.kv = options.kv;
    this.safe = options.safeStorage;
    this.key = options.key ?? 'secrets';
    this.allowBasicText = options.allowBasicText ?? false;
  }

  has(profileId: string): boolean {
    return this.stored(profileId) !== undefined;
  }

  get(profileId: string): string | undefined {
    const cipher = this.stored(profileId);
    if (cipher === undefined) return undefined;
    if (!this.safe.isEncryptionAvailable()) {
      throw new SecretStorageError(`The secret of profile ${profileId} cannot be read: OS encryption is unavailable.`);
    }
    try {
      return this.safe.decryptString(Buffer.from(cipher, 'base64'));
    } catch {
      throw new SecretStorageError(
        `The secret of profile ${profileId} cannot be decrypted (stored by another OS user or keyring?); set it again.`,
      );
    }
  }

  set(profileId: string, secret: string): void {
    if (!profileIdSchema.safeParse(profileId).success) {
      throw new SecretStorageError(
        `No secret can be stored for ${JSON.stringify(String(profileId).slice(0, 64))}: not a profile id.`,
      );
    }
    if (!secretText.safeParse(secret).success) {
      throw new SecretStorageError('A secret must be 1 to 1024 characters without control characters.');
    }
    this.assertSafe();
    const cipher = this.safe.encryptString(secret);
    // A broken or pass-through encryptor must not put the secret on disk: check before anything is written.
    if (
      cipher.length === 0 ||
      cipher.includes(Buffer.from(secret, 'utf8')) ||
      this.safe.decryptString(cipher) !== secret
    ) {
      throw new SecretStorageError('OS encryption returned unusable ciphertext; the secret was not stored.');
    }
    this.kv.set(this.key, { ...this.map(), [profileId]: cipher.toString('base64') });
  }

  delete(profileId: string): void {
    const map = this.map();
    if (!(profileId in map)) return;
    delete map[profileId];
    this.kv.set(this.key, map);
  }

  private assertSafe(): void {
    if (!this.safe.isEncryptionAvailable()) {
      throw new SecretStorageError(
        'OS encryption is unavailable (no keychain or keyring), so the secret was not stored: it would have been ' +
          'written in clear text.',
      );
    }
    const backend = this.safe.getSelectedStorageBackend?.();
    if (backend === 'basic_text' && !this.allowBasicText) {
      throw new SecretStorageError(
        'No keyring (GNOME Keyring / KWallet) was found, so secrets would be encrypted with a built-in key that ' +
          'protects nothing; the secret was not stored. Start a keyring and try again.',
      );
    }
  }

  /** Entries that are not base64 text (a hand edit) count as no secret. */
  private map(): Record<string, string> {
    const raw = this.kv.get(this.key);
    const out: Record<string, string> = {};
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
    for (const [id, v] of Object.entries(raw)) {
      if (typeof v === 'string' && v.length > 0 && BASE64.test(v)) out[id] = v;
    }
    return out;
  }

  private stored(profileId: string): string | undefined {
    const map = this.map();
    return Object.hasOwn(map, profileId) ? map[profileId] : undefined;
  }
}
