// Reading the settings back through the KeyValue port, part by part, with the same schemas main applies to the
// renderer's commands. A part that fails falls back to its defaults (a profile list loses only its bad entries,
// the UI settings only their bad fields) and each problem is reported naming the field. Nothing is silently
// dropped: the caller keeps the file aside before writing the repaired parts back.
import type { z } from 'zod';
import type { RiskLimits } from '../../shared/domain/risk.js';
import type { UiSettings } from '../../shared/domain/settings.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';
import { DEFAULT_RISK_LIMITS } from '../risk/default-limits.js';
import { riskLimitsSchema } from '../risk/limits-schema.js';
import { DEFAULT_UI, DEMO_PROFILE } from './defaults.js';
import type { KeyValue, SettingsPart } from './key-value.js';
import { profileInputSchema } from './profile-schema.js';
import { describeIssues } from './schema-primitives.js';
import { UI_FIELD_SCHEMAS } from './ui-schema.js';

export const SETTINGS_KEYS = { profiles: 'profiles', ui: 'ui', riskLimits: 'riskLimits' } as const;

export const MAX_PROFILES = 50;

export interface PartProblem {
  readonly part: SettingsPart;
  readonly message: string;
}

export interface LoadedSettings {
  readonly profiles: readonly ProfileInput[];
  readonly ui: UiSettings;
  readonly riskLimits: RiskLimits;
  readonly problems: readonly PartProblem[];
  /** The parts to write back repaired once the file is kept aside. */
  readonly repaired: ReadonlySet<SettingsPart>;
}

export function loadSettings(kv: KeyValue): LoadedSettings {
  const problems: PartProblem[] = [];
  const repaired = new Set<SettingsPart>();
  const problem = (part: SettingsPart, message: string) => {
    problems.push({ part, message });
    repaired.add(part);
  };
  return {
    profiles: loadProfiles(kv.get(SETTINGS_KEYS.profiles), problem),
    ui: loadUi(kv.get(SETTINGS_KEYS.ui), problem),
    riskLimits: loadRiskLimits(kv.get(SETTINGS_KEYS.riskLimits), problem),
    problems,
    repaired,
  };
}

type Problem = (part: SettingsPart, message: string) => void;

function loadProfiles(raw: unknown, problem: Problem): readonly ProfileInput[] {
  if (raw === undefined) return [DEMO_PROFILE];
  if (!Array.isArray(raw)) {
    problem('profiles', 'profiles: must be a list of profiles; the demo profile is in use.');
    return [DEMO_PROFILE];
  }
  const out: ProfileInput[] = [];
  raw.forEach((item, i) => {
    const parsed = profileInputSchema.safeParse(item);
    const name = describeProfile(item, i);
    if (!parsed.success) {
      problem('profiles', `${name} was left out: ${describeIssues(parsed.error)}.`);
    } else if (out.some((p) => p.id === parsed.data.id)) {
      problem('profiles', `${name} was left out: a profile with that id comes earlier.`);
    } else if (out.length >= MAX_PROFILES) {
      problem('profiles', `${name} was left out: at most ${MAX_PROFILES} profiles are kept.`);
    } else out.push(parsed.data);
  });
  if (out.length === 0 && raw.length > 0) {
    problem('profiles', 'No profile could be read; the demo profile is in use.');
    return [DEMO_PROFILE];
  }
  return out;
}

function describeProfile(item: unknown, i: number): string {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `profiles[${i}] (${JSON.stringify(id.slice(0, 64))})` : `profiles[${i}]`;
}

function loadUi(raw: unknown, problem: Problem): UiSettings {
  if (raw === undefined) return DEFAULT_UI;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problem('ui', 'ui: must be an object; the default UI settings are in use.');
    return DEFAULT_UI;
  }
  const source = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(UI_FIELD_SCHEMAS) as [keyof UiSettings, z.ZodType][]) {
    // A field added by a later version is simply not there yet: its default, no problem.
    if (source[field] === undefined) {
      out[field] = DEFAULT_UI[field];
      continue;
    }
    const parsed = schema.safeParse(source[field]);
    if (parsed.success) out[field] = parsed.data;
    else {
      problem('ui', `${describeIssues(parsed.error, `ui.${field}`)}; the default ${field} is in use.`);
      out[field] = DEFAULT_UI[field];
    }
  }
  const unknown = Object.keys(source).filter((k) => !Object.hasOwn(UI_FIELD_SCHEMAS, k));
  if (unknown.length > 0) problem('ui', `ui: unknown field(s) ${unknown.slice(0, 5).join(', ')} left out.`);
  return out as unknown as UiSettings;
}

/** All or nothing: limits half taken from a damaged entry and half from defaults would be nobody's intent. */
function loadRiskLimits(raw: unknown, problem: Problem): RiskLimits {
  if (raw === undefined) return DEFAULT_RISK_LIMITS;
  const parsed = riskLimitsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problem('riskLimits', `${describeIssues(parsed.error, 'riskLimits')}; the default risk limits are in use.`);
  return DEFAULT_RISK_LIMITS;
}
