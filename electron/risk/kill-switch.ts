// The kill switch: one flag in main that, while engaged, makes the risk engine refuse every new order and amend
// (rule 'kill-switch'). Cancels are never risk-checked, so they always go out. Engaging does not cancel anything by
// itself: the workstation core mass-cancels through the OMS on every trading session and reports each session's
// answer here with noteCancel, so the risk panel shows what was pulled.
import type { KillSwitchState } from '../../shared/domain/risk.js';

/** Bounds on what noteCancel keeps: one entry per session, results cut to a readable length. */
const MAX_SESSIONS = 200;
const MAX_RESULT_LENGTH = 300;
const MAX_WHO_LENGTH = 120;

const RELEASED: KillSwitchState = Object.freeze({ engaged: false, changedAt: null, changedBy: null, cancels: [] });

export class KillSwitch {
  private current: KillSwitchState;

  constructor(initial: KillSwitchState = RELEASED) {
    this.current = freeze(initial);
  }

  get state(): KillSwitchState {
    return this.current;
  }

  get engaged(): boolean {
    return this.current.engaged;
  }

  /** Engages the switch; returns false (and keeps who pulled it first, and when) if it already was engaged. */
  engage(by: string, now: number): boolean {
    if (this.current.engaged) return false;
    this.current = freeze({ engaged: true, changedAt: now, changedBy: clip(by, MAX_WHO_LENGTH), cancels: [] });
    return true;
  }

  /** Re-arms (orders flow again) and forgets the cancel results; returns false if it was not engaged. */
  rearm(by: string, now: number): boolean {
    if (!this.current.engaged) return false;
    this.current = freeze({ engaged: false, changedAt: now, changedBy: clip(by, MAX_WHO_LENGTH), cancels: [] });
    return true;
  }

  /** Records the latest answer to the mass cancel sent on one session ("sent", "3 orders canceled", "rejected:
   * …"); a later note for the same session replaces the earlier one. Ignored (false) once re-armed, so a late
   * answer cannot reappear on a released switch. */
  noteCancel(sessionId: string, result: string): boolean {
    if (!this.current.engaged) return false;
    const entry = { sessionId: clip(sessionId, MAX_WHO_LENGTH), result: clip(result, MAX_RESULT_LENGTH) };
    const others = this.current.cancels.filter((c) => c.sessionId !== entry.sessionId);
    if (others.length >= MAX_SESSIONS) return false;
    this.current = freeze({ ...this.current, cancels: [...others, entry] });
    return true;
  }
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function freeze(s: KillSwitchState): KillSwitchState {
  return Object.freeze({ ...s, cancels: Object.freeze(s.cancels.map((c) => Object.freeze({ ...c }))) });
}
