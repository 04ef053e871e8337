// Starts the inspector's feed once per bridge: the dictionary (once), main's history (on every link-up, so a
// reload or a dropped web-host socket refills the list) and the live stream. It keeps running when the panel is
// tabbed away, so the inspector shows the traffic it missed while hidden without a second query.
import { CommandChannel, StreamChannel } from '../../../../shared/ipc/channels.js';
import { HISTORY_MAX_ROWS } from '../../../../shared/ipc/commands.js';
import type { Bridge } from '../../bridge/index.js';
import { fixDictionary } from './fix-dictionary.js';
import { messageFeed, useMessageLogStore } from './message-log.state.js';

const started = new WeakSet<Bridge>();
let dictionaryLoaded = false;

/** main's newest messages, merged into the feed (also the toolbar's Reload). */
export async function loadMessageHistory(bridge: Bridge): Promise<void> {
  const st = useMessageLogStore.getState();
  st.setHistory('loading');
  const outcome = await bridge.api.call(CommandChannel.messageHistory, { limit: HISTORY_MAX_ROWS });
  if (!outcome.ok) {
    st.setHistory('failed', outcome.reason);
    return;
  }
  messageFeed.loadHistory(outcome.value);
  st.setHistory('loaded');
}

async function loadDictionary(bridge: Bridge): Promise<void> {
  if (dictionaryLoaded) return;
  const outcome = await bridge.api.call(CommandChannel.dictionary, {});
  if (!outcome.ok) {
    useMessageLogStore.getState().setDictionaryError(outcome.reason);
    return;
  }
  dictionaryLoaded = true;
  useMessageLogStore.getState().setDictionary(fixDictionary(outcome.value));
}

export function startMessageFeed(bridge: Bridge): void {
  if (started.has(bridge)) return;
  started.add(bridge);
  // Listen before asking for history, so nothing falls between the two (the feed de-duplicates by id).
  bridge.api.listen(StreamChannel.messages, (batch) => messageFeed.append(batch));
  const load = (): void => {
    void loadDictionary(bridge);
    void loadMessageHistory(bridge);
  };
  bridge.onLink((link) => {
    if (link.phase === 'up') load();
  });
  if (bridge.link.phase === 'up') load();
}
