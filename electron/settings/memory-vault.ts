// Secrets for the web host: kept in this process's memory for the run only. The web host runs in plain Node with
// no OS keychain to reach (safeStorage exists only inside Electron), and encrypting with a key stored beside the
// ciphertext would look safe without being safe. So nothing is written: after a restart the secret is entered again.
import { profileId as profileIdSchema } from './schema-primitives.js';
import { secretText } from './profile-schema.js';
import { SecretStorageError, type SecretVault } from './secret-vault.js';

export class MemorySecretVault implements SecretVault {
  private readonly secrets = new Map<string, string>();

  has(profileId: string): boolean {
    return this.secrets.has(profileId);
  }

  get(profileId: string): string | undefined {
    return this.secrets.get(profileId);
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
    this.secrets.set(profileId, secret);
  }

  delete(profileId: string): void {
    this.secrets.delete(profileId);
  }
}
