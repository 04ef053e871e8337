// Maps the engine's session state (FIX terms) to the phase the session monitor shows (trader terms). Main owns
// this mapping so the renderer never needs to know the engine's enum.
import { SessionState } from '../fix/session/index.js';
import type { SessionPhase } from '../../shared/session-status.js';

export interface PhaseInputs {
  readonly state: SessionState;
  /** The user wants this session up: a Disconnected session is waiting for its next attempt. */
  readonly wantConnected: boolean;
  /** A gap is being filled or a replay is on the wire. */
  readonly resending: boolean;
}

export function sessionPhase(p: PhaseInputs): SessionPhase {
  switch (p.state) {
    case SessionState.Disconnected:
      return p.wantConnected ? 'reconnect-wait' : 'disconnected';
    case SessionState.Connecting:
      return 'connecting';
    case SessionState.AwaitingLogon:
    case SessionState.LogonSent:
      return 'logging-on';
    case SessionState.Active:
      return p.resending ? 'resending' : 'active';
    case SessionState.LogoutSent:
      return 'logging-out';
  }
}
