// Errors the session throws to callers of its public API (never into the socket path).
import type { SessionState } from './session-state.js';

export class SessionNotActiveError extends Error {
  constructor(
    readonly state: SessionState,
    what: string,
  ) {
    super(`cannot ${what}: session is ${state}, not Active`);
    this.name = 'SessionNotActiveError';
  }
}
