// The audit trail: every user action with time, user and outcome, appended in main (electron/audit/).

export type AuditAction =
  | 'order.new'
  | 'order.amend'
  | 'order.cancel'
  | 'order.cancel-all'
  | 'kill-switch.engage'
  | 'kill-switch.rearm'
  | 'limits.change'
  | 'session.connect'
  | 'session.disconnect'
  | 'session.reset'
  | 'settings.change'
  | 'login';

export type AuditOutcome = 'accepted' | 'rejected' | 'timed-out';

export interface AuditEntry {
  /** Increasing per trail; the row id in the UI. */
  readonly seq: number;
  readonly time: number;
  readonly user: string;
  readonly action: AuditAction;
  /** Session, symbol, ClOrdID, quantity… as short text; never a secret. */
  readonly details: string;
  readonly outcome: AuditOutcome;
  /** The refusal or failure reason when not accepted. */
  readonly reason: string | null;
}
