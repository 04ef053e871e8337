// Settings commands: profiles, secrets (into the vault, never back out), UI preferences. Every change is audited
// (without secrets) and the new view is pushed to every renderer. A profile's sessions pick up new endpoint
// settings the next time the app starts.
import { StreamChannel } from '../../../shared/ipc/channels.js';
import { accepted, rejected, type CommandOutcome } from '../../../shared/ipc/outcome.js';
import type { SettingsView, UiSettings } from '../../../shared/domain/settings.js';
import type { ProfileInput } from '../../../shared/ipc/commands.js';
import { errorText, type CoreParts } from './core-parts.js';

function changed(p: CoreParts, what: string, apply: () => SettingsView): CommandOutcome<SettingsView> {
  let view: SettingsView;
  try {
    view = apply();
  } catch (err) {
    p.audit.record('settings.change', what, 'rejected', errorText(err));
    return rejected(errorText(err));
  }
  p.audit.record('settings.change', what, 'accepted');
  p.hub.emit(StreamChannel.settings, view);
  return accepted(view);
}

export async function saveProfile(p: CoreParts, profile: ProfileInput): Promise<CommandOutcome<SettingsView>> {
  const ep = profile.trading;
  const what = `profile ${profile.id} (${profile.kind}, ${ep.host}:${ep.port}, ${ep.senderCompId}→${ep.targetCompId})`;
  const outcome = changed(p, what, () => p.settings.saveProfile(profile));
  if (outcome.ok) await announceApplied(p, profile.id);
  return outcome;
}

export async function deleteProfile(p: CoreParts, profileId: string): Promise<CommandOutcome<SettingsView>> {
  const live = [...p.connections.values()].some(
    (c) => c.id.startsWith(`${profileId}-`) && c.status.phase !== 'disconnected',
  );
  if (live) return rejected(`profile ${profileId} has a session up: disconnect it first`);
  const outcome = changed(p, `profile ${profileId} deleted`, () => p.settings.deleteProfile(profileId));
  if (outcome.ok) await announceApplied(p, profileId);
  return outcome;
}

/** A new secret is read at the next logon; the profile is rebuilt so a missing-credentials refusal clears. */
export async function setSecret(
  p: CoreParts,
  profileId: string,
  secret: string,
): Promise<CommandOutcome<SettingsView>> {
  const outcome = changed(p, `API secret of profile ${profileId} stored`, () =>
    p.settings.setSecret(profileId, secret),
  );
  if (outcome.ok) await announceApplied(p, profileId);
  return outcome;
}

async function announceApplied(p: CoreParts, profileId: string): Promise<void> {
  let text: string;
  try {
    text = await p.applyProfile(profileId);
  } catch (err) {
    text = `could not apply: ${errorText(err)}`;
  }
  p.hub.emit(StreamChannel.notice, {
    level: 'info',
    text: `Profile ${profileId}: ${text}`,
    time: p.now(),
    topic: `profile:${profileId}`,
  });
  p.hub.emit(StreamChannel.settings, p.settings.view());
}

export function saveUi(p: CoreParts, ui: UiSettings): CommandOutcome<SettingsView> {
  // Layout moves happen often and say nothing about risk: audit only the settings a supervisor cares about.
  const before = p.settings.ui();
  const material = before.userName !== ui.userName || JSON.stringify(before.hotkeys) !== JSON.stringify(ui.hotkeys);
  if (!material) {
    try {
      return accepted(p.settings.saveUi(ui));
    } catch (err) {
      return rejected(errorText(err));
    }
  }
  return changed(p, `preferences (user ${ui.userName}, hotkeys)`, () => p.settings.saveUi(ui));
}
