// Sandboxed preload (CommonJS, bundled): the only bridge between the renderer and main. Exposes exactly the typed
// WorkstationApi of shared/ipc on window.workstation: call an allow-listed command, listen to an allow-listed
// stream. ipcRenderer itself and IPC event objects (which carry a reference back to ipcRenderer) never reach the
// page; any other channel name is refused here and again in main.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  isCommandChannel,
  isStreamChannel,
  type CommandChannelName,
  type StreamChannelName,
} from '../shared/ipc/channels.js';
import { RENDERER_COMMAND_TIMEOUT_MS, type CommandRequest, type CommandResult } from '../shared/ipc/commands.js';
import { rejected, withDeadline } from '../shared/ipc/outcome.js';
import type { StreamEvent } from '../shared/ipc/streams.js';
import { WORKSTATION_GLOBAL, type WorkstationApi } from '../shared/ipc/workstation-api.js';

const api: WorkstationApi = {
  call<C extends CommandChannelName>(channel: C, request: CommandRequest<C>): Promise<CommandResult<C>> {
    if (!isCommandChannel(channel)) return Promise.resolve(rejected(`channel ${String(channel)} is not allowed`));
    return withDeadline(
      ipcRenderer.invoke(channel, request) as Promise<CommandResult<C>>,
      RENDERER_COMMAND_TIMEOUT_MS,
      channel,
    );
  },
  listen<S extends StreamChannelName>(channel: S, listener: (event: StreamEvent<S>) => void): () => void {
    if (!isStreamChannel(channel)) throw new Error(`channel ${String(channel)} is not allowed`);
    const handler = (_event: IpcRendererEvent, payload: StreamEvent<S>): void => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
};

contextBridge.exposeInMainWorld(WORKSTATION_GLOBAL, api);
