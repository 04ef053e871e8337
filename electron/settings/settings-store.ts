// The workstation's settings in main: venue profiles, UI preferences and risk limits over a KeyValue port, and
// profile secrets through a SecretVault. Everything written is validated with the schemas main also applies to
// the renderer's commands; everything read back is validated again (see load-settings.ts). One instance per process.
import type { RiskLimits } from '../../shared/domain/risk.js';
import type { SettingsView, UiSettings, VenueProfile } from '../../shared/domain/settings.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';
import { riskLimitsSchema } from '../risk/limits-schema.js';
import { keepAside } from './keep-aside.js';
import { isFileKeyValue, type KeyValue, type SettingsIssue, type SettingsPart } from './key-value.js';
import { loadSettings, MAX_PROFILES, SETTINGS_KEYS, type LoadedSettings } from './load-settings.js';
import { profileInputSchema, secretText } from './profile-schema.js';
import { describeIssues } from './schema-primitives.js';
import type { SecretVault } from './secret-vault.js';
import { uiSettingsSchema } from './ui-schema.js';

export interface SettingsStoreOptions {
  kv: KeyValue;
  vault: SecretVault;
  /** Epoch milliseconds, for the name of a kept-aside file; default Date.now. */
  now?: () => number;
}

/** A refused change; the message names the field and the rule, never a secret. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

export class SettingsStore {
  /** Problems found when the settings were read (empty after a clean start); show them to the user once. */
  readonly issues: readonly SettingsIssue[];
  private readonly kv: KeyValue;
  private readonly vault: SecretVault;
  private profileList: readonly ProfileInput[];
  private uiSettings: UiSettings;
  private limits: RiskLimits;

  constructor(options: SettingsStoreOptions) {
    this.kv = options.kv;
    this.vault = options.vault;
    const loaded = loadSettings(this.kv);
    this.profileList = loaded.profiles;
    this.uiSettings = loaded.ui;
    this.limits = loaded.riskLimits;
    const fileIssues = isFileKeyValue(this.kv) ? this.kv.issues : [];
    this.issues = [...fileIssues, ...this.repair(loaded, options.now ?? Date.now)];
  }

  view(): SettingsView {
    return { profiles: this.profileList.map((p) => this.withSecretFlag(p)), ui: this.uiSettings };
  }

  profiles(): readonly ProfileInput[] {
    return this.profileList;
  }

  profile(profileId: string): ProfileInput | undefined {
    return this.profileList.find((p) => p.id === profileId);
  }

  /** Creates or replaces (same id, same place in the list) a profile. */
  saveProfile(input: ProfileInput): SettingsView {
    const parsed = profileInputSchema.safeParse(input);
    if (!parsed.success) throw new SettingsError(`Profile not saved: ${describeIssues(parsed.error)}.`);
    const profile = parsed.data;
    const at = this.profileList.findIndex((p) => p.id === profile.id);
    if (at < 0 && this.profileList.length >= MAX_PROFILES) {
      throw new SettingsError(`Profile not saved: at most ${MAX_PROFILES} profiles can be kept.`);
    }
    const next = at < 0 ? [...this.profileList, profile] : this.profileList.map((p, i) => (i === at ? profile : p));
    this.kv.set(SETTINGS_KEYS.profiles, next);
    this.profileList = next;
    return this.view();
  }

  /** Removes the profile and its secret. */
  deleteProfile(profileId: string): SettingsView {
    if (this.profile(profileId) === undefined) throw new SettingsError(`No profile ${JSON.stringify(profileId)}.`);
    const next = this.profileList.filter((p) => p.id !== profileId);
    this.kv.set(SETTINGS_KEYS.profiles, next);
    this.profileList = next;
    this.vault.delete(profileId);
    return this.view();
  }

  setSecret(profileId: string, secret: string): SettingsView {
    if (this.profile(profileId) === undefined) throw new SettingsError(`No profile ${JSON.stringify(profileId)}.`);
    const parsed = secretText.safeParse(secret);
    // The issue text of a secret is about its length or characters, never its value.
    if (!parsed.success) throw new SettingsError(`Secret not stored: ${describeIssues(parsed.error, 'secret')}.`);
    this.vault.set(profileId, secret);
    return this.view();
  }

  /** For signing a Logon in main; never sent to the renderer. */
  secretOf(profileId: string): string | undefined {
    return this.vault.get(profileId);
  }

  ui(): UiSettings {
    return this.uiSettings;
  }

  saveUi(ui: UiSettings): SettingsView {
    const parsed = uiSettingsSchema.safeParse(ui);
    if (!parsed.success) throw new SettingsError(`UI settings not saved: ${describeIssues(parsed.error)}.`);
    this.kv.set(SETTINGS_KEYS.ui, parsed.data);
    this.uiSettings = parsed.data;
    return this.view();
  }

  riskLimits(): RiskLimits {
    return this.limits;
  }

  saveRiskLimits(limits: RiskLimits): RiskLimits {
    const parsed = riskLimitsSchema.safeParse(limits);
    if (!parsed.success) throw new SettingsError(`Risk limits not saved: ${describeIssues(parsed.error)}.`);
    this.kv.set(SETTINGS_KEYS.riskLimits, parsed.data);
    this.limits = parsed.data;
    return this.limits;
  }

  private withSecretFlag(p: ProfileInput): VenueProfile {
    return { ...p, hasSecret: this.vault.has(p.id) };
  }

  /** Keeps the file aside once, then writes the repaired parts back so the next start is clean. Without a file to
   * keep aside (or if keeping it fails) nothing is written: the stored data stays as it was. */
  private repair(loaded: LoadedSettings, now: () => number): SettingsIssue[] {
    if (loaded.problems.length === 0) return [];
    let keptAside: string | null = null;
    let note = ' The stored settings were left as they are.';
    if (isFileKeyValue(this.kv)) {
      try {
        keptAside = keepAside(this.kv.path, now(), 'copy');
        note = ` The file as it was is kept at ${keptAside}.`;
      } catch (err) {
        note = ` The file could not be kept aside (${err instanceof Error ? err.message : String(err)}), so it was left as it is.`;
      }
    }
    if (keptAside !== null) {
      const values: Record<SettingsPart, unknown> = {
        file: undefined,
        profiles: this.profileList,
        ui: this.uiSettings,
        riskLimits: this.limits,
      };
      for (const part of loaded.repaired) if (part !== 'file') this.kv.set(SETTINGS_KEYS[part], values[part]);
    }
    return loaded.problems.map((p) => ({ part: p.part, message: `${p.message}${note}`, keptAside }));
  }
}
