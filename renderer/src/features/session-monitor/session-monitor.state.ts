// UI state of the session monitor: which command is in flight on which row, and what the last command came back
// with. Session data itself lives in the sessions slice (src/state); this holds only what the monitor adds.
import { create } from 'zustand';
import type { CommandOutcome } from '../../../../shared/ipc/outcome.js';
import type { SessionStatus } from '../../../../shared/session-status.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { WorkstationApi } from '../../../../shared/ipc/workstation-api.js';

export type SessionCommand = 'connect' | 'disconnect' | 'reset';

export const COMMAND_LABEL: Readonly<Record<SessionCommand, string>> = {
  connect: 'Connect',
  disconnect: 'Disconnect',
  reset: 'Reset sequence',
};

export interface CommandFeedback {
  readonly sessionId: string;
  readonly command: SessionCommand;
  readonly ok: boolean;
  readonly text: string;
  readonly at: number;
}

interface SessionMonitorState {
  readonly inFlight: Readonly<Record<string, SessionCommand | undefined>>;
  readonly feedback: CommandFeedback | null;
  run(api: WorkstationApi, sessionId: string, command: SessionCommand): Promise<void>;
}

function send(api: WorkstationApi, sessionId: string, command: SessionCommand): Promise<CommandOutcome<SessionStatus>> {
  switch (command) {
    case 'connect':
      return api.call(CommandChannel.connect, { sessionId });
    case 'disconnect':
      return api.call(CommandChannel.disconnect, { sessionId });
    case 'reset':
      return api.call(CommandChannel.resetSequence, { sessionId });
  }
}

function describe(command: SessionCommand, outcome: CommandOutcome<SessionStatus>): string {
  if (outcome.ok) {
    if (command === 'reset') return 'sequence numbers reset to 1; the next Logon carries ResetSeqNumFlag (141=Y)';
    return command === 'connect' ? 'accepted, connecting' : 'logged out, disconnected';
  }
  return outcome.kind === 'timed-out' ? `no answer in time (${outcome.reason})` : outcome.reason;
}

export const useSessionMonitorStore = create<SessionMonitorState>()((set, get) => ({
  inFlight: {},
  feedback: null,
  run: async (api, sessionId, command) => {
    if (get().inFlight[sessionId] !== undefined) return;
    set((s) => ({ inFlight: { ...s.inFlight, [sessionId]: command } }));
    const outcome = await send(api, sessionId, command);
    set((s) => ({
      inFlight: { ...s.inFlight, [sessionId]: undefined },
      feedback: { sessionId, command, ok: outcome.ok, text: describe(command, outcome), at: Date.now() },
    }));
  },
}));
