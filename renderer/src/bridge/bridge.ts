// What the rest of the renderer gets from the bridge: the typed workstation API and the state of the link to main.
// Over Electron IPC the link is always up; over the web host's socket it can drop and come back.
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';

export type LinkPhase = 'connecting' | 'up' | 'down';

export interface LinkState {
  readonly phase: LinkPhase;
  /** Why the link is not up, in words. */
  readonly detail: string | null;
}

export interface Bridge {
  readonly kind: 'electron' | 'web';
  readonly api: WorkstationApi;
  readonly link: LinkState;
  /** Called on every link change. Returns the unsubscribe function. */
  onLink(listener: (link: LinkState) => void): () => void;
}
