// The settings' public surface (main process). electron-store-kv.ts is not re-exported: it imports electron, so
// main.ts imports it directly and nothing else (tests, the web host) pulls Electron in through this index.
export { SettingsStore, SettingsError, type SettingsStoreOptions } from './settings-store.js';
export type { KeyValue, FileKeyValue, SettingsIssue, SettingsPart } from './key-value.js';
export { JsonFileKeyValue, type JsonFileKeyValueOptions } from './json-file-kv.js';
export { MemoryKeyValue } from './memory-kv.js';
export { ConfKeyValue, type ConfLike } from './conf-kv.js';
export { SecretStorageError, type SafeStorageLike, type SecretVault } from './secret-vault.js';
export { SafeStorageVault, type SafeStorageVaultOptions } from './safe-storage-vault.js';
export { MemorySecretVault } from './memory-vault.js';
export {
  profileInputSchema,
  endpointSchema,
  deleteProfileRequestSchema,
  setSecretRequestSchema,
  secretText,
  VENUE_KINDS,
} from './profile-schema.js';
export { uiSettingsSchema, layoutSchema, qtyPresetsSchema } from './ui-schema.js';
export { hotkeySettingsSchema, hotkey } from './hotkey-schema.js';
export { profileId, PROFILE_ID_MAX_LENGTH, describeIssues } from './schema-primitives.js';
export {
  DEMO_PROFILE,
  DEMO_PROFILE_ID,
  DEFAULT_UI,
  DEFAULT_HOTKEYS,
  DEFAULT_LAYOUT,
  DEFAULT_QTY_PRESETS,
} from './defaults.js';
export {
  hasManagedEndpoints,
  withManagedEndpoints,
  type ManagedEndpoint,
  type ManagedEndpoints,
} from './managed-endpoints.js';
export { SETTINGS_KEYS, MAX_PROFILES } from './load-settings.js';
export { asideName } from './keep-aside.js';
