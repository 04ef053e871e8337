// The one decision about how this renderer reaches main: the preload's API when running in Electron, else the web
// host's socket.
import { WORKSTATION_GLOBAL, type WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import type { Bridge } from './bridge.js';
import { preloadBridge } from './preload-bridge.js';
import { socketBridge } from './socket-bridge.js';
import { takeWebToken } from './web-token.js';

export function createBridge(win: Window): Bridge {
  const exposed = (win as unknown as Record<string, WorkstationApi | undefined>)[WORKSTATION_GLOBAL];
  if (exposed !== undefined) return preloadBridge(exposed);
  return socketBridge(win.location, takeWebToken(win.location, win.history, win.sessionStorage));
}
