// Keeps the sessions slice in step with main: every status event is applied, and whenever the link (re)opens the
// full list is read again, so a reload or a dropped web-host socket never leaves stale rows.
import { CommandChannel, StreamChannel } from '../../../shared/ipc/channels.js';
import type { Bridge } from '../bridge/bridge.js';
import type { useWorkstationStore } from './store.js';

type Store = typeof useWorkstationStore;

export function syncSessions(bridge: Bridge, store: Store): () => void {
  const refresh = async (): Promise<void> => {
    const outcome = await bridge.api.call(CommandChannel.listSessions, {});
    if (outcome.ok) store.getState().replaceSessions(outcome.value);
    else store.getState().setSessionsError(outcome.reason);
  };
  const offStatus = bridge.api.listen(StreamChannel.sessionStatus, (status) => store.getState().applyStatus(status));
  const onLink = (link: Bridge['link']): void => {
    store.getState().setLink(link);
    if (link.phase === 'up') void refresh();
  };
  const offLink = bridge.onLink(onLink);
  onLink(bridge.link);
  return () => {
    offStatus();
    offLink();
  };
}
