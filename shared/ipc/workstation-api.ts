// What the renderer can do with the main process, and nothing more. The preload exposes exactly this object as
// `window.workstation`; the web host's socket client implements the same interface, so features never know which.
import type { SessionStatus } from '../session-status.js';
import type { CommandOutcome } from './outcome.js';

export interface SessionsApi {
  list(): Promise<CommandOutcome<readonly SessionStatus[]>>;
  connect(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
  disconnect(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
  resetSequence(sessionId: string): Promise<CommandOutcome<SessionStatus>>;
  /** Every change of any session's status. Returns the unsubscribe function. */
  onStatus(listener: (status: SessionStatus) => void): () => void;
}

export interface WorkstationApi {
  readonly sessions: SessionsApi;
}

/** The global the preload installs with contextBridge. */
export const WORKSTATION_GLOBAL = 'workstation';
