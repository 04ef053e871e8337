// What the renderer can do with the main process, and nothing more: call an allow-listed command, listen to an
// allow-listed stream. The preload exposes exactly this object as `window.workstation`; the web host's socket
// client implements the same interface, so features never know which. Typed per channel through shared/ipc.
import type { CommandChannelName, StreamChannelName } from './channels.js';
import type { CommandRequest, CommandResult } from './commands.js';
import type { StreamEvent } from './streams.js';

export interface WorkstationApi {
  call<C extends CommandChannelName>(channel: C, request: CommandRequest<C>): Promise<CommandResult<C>>;
  /** Returns the unsubscribe function. */
  listen<S extends StreamChannelName>(channel: S, listener: (event: StreamEvent<S>) => void): () => void;
}

/** The global the preload installs with contextBridge. */
export const WORKSTATION_GLOBAL = 'workstation';
