// The audit trail's public shape: every user action with time, user and outcome, owned by the main process
// (one trail per workstation). The file trail is the real one; the memory trail serves tests and throw-away runs.
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/domain/audit.js';

export type AuditListener = (entry: AuditEntry) => void;

export interface AuditTrail {
  /** Appends one entry (durable before it returns under the default fsync policy) and tells the listeners.
   * Secret-looking values in the text are masked first. `user` defaults to the trail's current user. */
  record(
    action: AuditAction,
    details: string,
    outcome: AuditOutcome,
    reason?: string | null,
    user?: string,
  ): AuditEntry;
  /** The newest entries first, at most `limit` and at most as many as the trail keeps in memory. */
  list(limit: number): AuditEntry[];
  /** Every entry of the trail as CSV (header row first). */
  csv(): string;
  /** Called after each entry is recorded; returns the unsubscribe function. */
  onEntry(listener: AuditListener): () => void;
  close(): void;
}

export interface AuditTrailOptions {
  /** Epoch milliseconds; default Date.now. */
  now?: () => number;
  /** The user recorded when record() is given none (main passes the settings' userName); default "unknown". */
  defaultUser?: () => string;
  /** Newest entries kept in memory for list() (default HISTORY_MAX_ROWS, what the renderer can ask for). */
  memoryLimit?: number;
  /** Problems worth a log line that must not stop trading: a torn line found on open, a masked secret, a listener
   * that threw. */
  onIssue?: (message: string) => void;
}
