// The one place the session's state changes. An illegal move is refused and reported, never thrown: the callers
// sit on the socket path (rxData, timers), where an exception would tear down more than the bad move.
import { isLegalTransition, SessionState } from './session-state.js';

export interface StateChange {
  from: SessionState;
  to: SessionState;
  reason: string;
  /** Epoch ms. */
  at: number;
}

export interface StateMachineSinks {
  changed(change: StateChange): void;
  refused(from: SessionState, to: SessionState, reason: string): void;
}

export class SessionStateMachine {
  private state = SessionState.Disconnected;

  constructor(
    private readonly now: () => number,
    private readonly sinks: StateMachineSinks,
  ) {}

  get current(): SessionState {
    return this.state;
  }

  /** Moves to `to` if the move is legal; returns whether it happened. Staying in the same state is a no-op. */
  transition(to: SessionState, reason: string): boolean {
    const from = this.state;
    if (from === to) return true;
    if (!isLegalTransition(from, to)) {
      this.sinks.refused(from, to, reason);
      return false;
    }
    this.state = to;
    this.sinks.changed({ from, to, reason, at: this.now() });
    return true;
  }
}
