// Where a profile's API secret (or FIX password) lives: never in the settings themselves, never in the renderer.
// Main reads it only to sign a Logon.

export interface SecretVault {
  has(profileId: string): boolean;
  /** The secret, or undefined when none is stored. Throws when one is stored but cannot be read back. */
  get(profileId: string): string | undefined;
  /** Throws rather than store a secret less safely than promised. */
  set(profileId: string, secret: string): void;
  delete(profileId: string): void;
}

/** The shape of Electron's safeStorage (main.ts passes the real one; tests a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only in Electron: "basic_text" means no keyring was found and the key is a constant built into
   * Chromium, i.e. the ciphertext is as good as clear text. */
  getSelectedStorageBackend?(): string;
}

/** Thrown when a secret cannot be stored safely; the message says why and what the user can do. */
export class SecretStorageError extends Error {
  override readonly name = 'SecretStorageError';
}
