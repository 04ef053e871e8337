// The storage port of the settings: a few whole values under string keys. The same settings logic runs over
// electron-store in the app and over a JSON file in the web host and the tests.

export interface KeyValue {
  /** The stored value (JSON data), or undefined when the key was never set. Validated by the caller. */
  get(key: string): unknown;
  /** Replaces the key's value durably (JSON data only). */
  set(key: string, value: unknown): void;
}

/** Which part of the settings an issue is about. */
export type SettingsPart = 'file' | 'profiles' | 'ui' | 'riskLimits';

export interface SettingsIssue {
  readonly part: SettingsPart;
  /** One sentence naming the field and the rule, and what was done about it. */
  readonly message: string;
  /** Where the file was kept as it was before it was repaired or replaced, if it was. */
  readonly keptAside: string | null;
}

/** A KeyValue kept in one file: what was found wrong with the file on open, and its path, so a part that fails
 * validation can be kept aside before it is repaired. */
export interface FileKeyValue extends KeyValue {
  readonly path: string;
  readonly issues: readonly SettingsIssue[];
}

export function isFileKeyValue(kv: KeyValue): kv is FileKeyValue {
  const f = kv as Partial<FileKeyValue>;
  return typeof f.path === 'string' && Array.isArray(f.issues);
}
