// The surface of the workstation core that the process bindings (Electron IPC, the web host's socket) use. Both
// bindings go through handleCommand, so a command is validated and bounded the same way whichever way it came.
import type { SessionStatus } from '../../shared/session-status.js';
import type { CommandOutcome } from '../../shared/ipc/outcome.js';

export interface WorkstationHost {
  listSessions(): readonly SessionStatus[];
  /** Every published status of every session. Returns the unsubscribe function. */
  onStatus(listener: (status: SessionStatus) => void): () => void;
  connect(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
  disconnect(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
  resetSequence(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
}
