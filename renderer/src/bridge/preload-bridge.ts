// Inside Electron: the preload has put the typed API on window.workstation; IPC has no link to lose.
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import type { Bridge, LinkState } from './bridge.js';

const UP: LinkState = { phase: 'up', detail: null };

export function preloadBridge(api: WorkstationApi): Bridge {
  return { kind: 'electron', api, link: UP, onLink: () => () => undefined };
}
