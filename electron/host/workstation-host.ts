// The surface of the workstation core that the process bindings (Electron IPC, the web host's socket) use: run one
// validated command, and subscribe to every stream event. Both bindings go through handleCommand, so a command is
// validated and bounded the same way whichever way it came.
import type { CommandChannelName, StreamChannelName } from '../../shared/ipc/channels.js';
import type { CommandRequest, CommandResult } from '../../shared/ipc/commands.js';
import type { StreamEvent } from '../../shared/ipc/streams.js';

/** Receives every event of every stream; the binding forwards it to its renderer(s). */
export type StreamSink = <S extends StreamChannelName>(channel: S, event: StreamEvent<S>) => void;

export interface WorkstationHost {
  /** Runs a command whose request already passed validation (validate-command.ts). */
  execute<C extends CommandChannelName>(channel: C, request: CommandRequest<C>): Promise<CommandResult<C>>;
  /** Returns the unsubscribe function. */
  subscribe(sink: StreamSink): () => void;
}
