// Every change to UiSettings goes through here: main takes the whole UiSettings at once (settings:save-ui), so a
// change is the last settings main sent plus this patch plus any patch still on its way (a theme toggle and a
// splitter drag a moment apart must not undo each other).
import type { UiSettings } from '../../../shared/domain/settings.js';
import { CommandChannel } from '../../../shared/ipc/channels.js';
import type { CommandResult } from '../../../shared/ipc/commands.js';
import { rejected } from '../../../shared/ipc/outcome.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import { useWorkstationStore } from '../state/store.js';

const inFlight = new Map<number, Partial<UiSettings>>();
let nextSave = 1;

export async function saveUiPatch(
  api: WorkstationApi,
  patch: Partial<UiSettings>,
): Promise<CommandResult<typeof CommandChannel.saveUi>> {
  const base = useWorkstationStore.getState().settings?.ui;
  if (base === undefined) return rejected('settings have not arrived from the workstation core yet');
  const next: UiSettings = Object.assign({}, base, ...inFlight.values(), patch);
  const id = nextSave++;
  inFlight.set(id, patch);
  try {
    const outcome = await api.call(CommandChannel.saveUi, next);
    if (outcome.ok) useWorkstationStore.getState().setSettings(outcome.value);
    return outcome;
  } finally {
    inFlight.delete(id);
  }
}
