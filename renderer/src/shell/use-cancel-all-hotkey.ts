// The cancel-all key (UiSettings.hotkeys.cancelAll, Ctrl+Shift+K by default) works from anywhere in the
// workstation: one 35=F per working order on every trading session. No confirmation: it only ever reduces risk,
// and in a hurry a dialog is in the way. The outcome is a toast either way.
import { CommandChannel } from '../../../shared/ipc/channels.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import { useBridge } from '../bridge/index.js';
import { useWorkstationStore } from '../state/store.js';
import { useHotkey } from './hotkeys.js';

export async function cancelAllWorking(api: WorkstationApi): Promise<void> {
  const outcome = await api.call(CommandChannel.cancelAll, {});
  const time = Date.now();
  const topic = 'orders:cancel-all';
  const push = useWorkstationStore.getState().pushNotice;
  if (!outcome.ok) push({ level: 'error', text: `Cancel all refused: ${outcome.reason}`, time, topic });
  else if (outcome.value.requested === 0) push({ level: 'info', text: 'Cancel all: no working orders', time, topic });
  else push({ level: 'info', text: `Cancel all: ${outcome.value.requested} cancel request(s) sent`, time, topic });
}

export function useCancelAllHotkey(): void {
  const { api } = useBridge();
  useHotkey('cancelAll', () => {
    void cancelAllWorking(api);
  });
}
