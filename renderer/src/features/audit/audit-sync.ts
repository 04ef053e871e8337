// Starts the audit feed once per bridge and keeps it running while the panel is tabbed away: the newest entries on
// every link-up (a reload or a dropped web-host socket), then each new entry from the stream.
import { CommandChannel, StreamChannel } from '../../../../shared/ipc/channels.js';
import { HISTORY_MAX_ROWS } from '../../../../shared/ipc/commands.js';
import type { Bridge } from '../../bridge/index.js';
import { useAuditStore } from './audit.state.js';

const started = new WeakSet<Bridge>();

export async function loadAudit(bridge: Bridge): Promise<void> {
  const st = useAuditStore.getState();
  st.setLoading(true);
  const outcome = await bridge.api.call(CommandChannel.auditList, { limit: HISTORY_MAX_ROWS });
  if (!outcome.ok) {
    st.setLoading(false, outcome.reason);
    return;
  }
  st.merge(outcome.value);
  st.setLoading(false);
}

export function startAuditFeed(bridge: Bridge): void {
  if (started.has(bridge)) return;
  started.add(bridge);
  bridge.api.listen(StreamChannel.audit, (entry) => useAuditStore.getState().merge([entry]));
  bridge.onLink((link) => {
    if (link.phase === 'up') void loadAudit(bridge);
  });
  if (bridge.link.phase === 'up') void loadAudit(bridge);
}
