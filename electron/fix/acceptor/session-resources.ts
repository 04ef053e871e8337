// Store and log of one acceptor session: on disk under the configured directories, or in memory.
import { FileSessionLog } from '../log/file-log.js';
import type { SessionLog } from '../log/session-log.js';
import { FileMessageStore } from '../store/file-store.js';
import { MemoryMessageStore } from '../store/memory-store.js';
import type { MessageStore } from '../store/message-store.js';
import type { AcceptorOptions, AcceptorSessionIdentity } from './acceptor-options.js';

export interface SessionResources {
  store: MessageStore;
  log: SessionLog | undefined;
}

export function openSessionResources(
  o: AcceptorOptions,
  id: AcceptorSessionIdentity,
  now: () => Date,
): SessionResources {
  const store =
    o.storeDir !== undefined
      ? new FileMessageStore({ dir: o.storeDir, session: id, fsync: o.fsync ?? 'interval', now })
      : (o.createStore?.(id, now) ?? new MemoryMessageStore(now));
  const log = o.logDir !== undefined ? new FileSessionLog({ dir: o.logDir, session: id, now }) : undefined;
  return { store, log };
}
