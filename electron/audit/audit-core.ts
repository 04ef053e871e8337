// What both trails share: building a guarded entry with the next seq, the in-memory window of newest entries and
// the listeners. The trails add only where an entry is persisted.
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/domain/audit.js';
import { HISTORY_MAX_ROWS } from '../../shared/ipc/commands.js';
import type { AuditListener, AuditTrailOptions } from './audit-trail.js';
import { isAuditAction, isAuditOutcome } from './audit-vocabulary.js';
import { guardAuditText } from './secret-guard.js';

const MAX_DETAILS = 1000;
const MAX_REASON = 500;
const MAX_USER = 64;

export class AuditCore {
  readonly now: () => number;
  readonly memoryLimit: number;
  private readonly defaultUser: () => string;
  private readonly issue: (message: string) => void;
  private readonly recent: AuditEntry[] = [];
  private readonly listeners = new Set<AuditListener>();
  private nextSeq = 1;

  constructor(options: AuditTrailOptions) {
    this.now = options.now ?? Date.now;
    this.defaultUser = options.defaultUser ?? (() => 'unknown');
    this.issue = options.onIssue ?? (() => {});
    this.memoryLimit = options.memoryLimit ?? HISTORY_MAX_ROWS;
    if (!Number.isInteger(this.memoryLimit) || this.memoryLimit < 1) {
      throw new RangeError(`AuditTrail: memoryLimit must be a positive integer, got ${String(options.memoryLimit)}`);
    }
  }

  report(message: string): void {
    this.issue(message);
  }

  /** After a restart: entries read back (oldest first) and the highest seq the file ever used. */
  restore(entries: readonly AuditEntry[], lastSeq: number): void {
    this.recent.push(...entries.slice(-this.memoryLimit));
    this.nextSeq = lastSeq + 1;
  }

  /** The next entry, its seq taken for good: a failed write leaves a gap rather than a reused seq. */
  build(
    action: AuditAction,
    details: string,
    outcome: AuditOutcome,
    reason?: string | null,
    user?: string,
  ): AuditEntry {
    if (!isAuditAction(action)) throw new TypeError(`AuditTrail: unknown action ${JSON.stringify(action)}`);
    if (!isAuditOutcome(outcome)) throw new TypeError(`AuditTrail: unknown outcome ${JSON.stringify(outcome)}`);
    const d = guardAuditText(String(details), MAX_DETAILS);
    const r = reason === undefined || reason === null ? null : guardAuditText(String(reason), MAX_REASON);
    const u = guardAuditText(user ?? this.defaultUser(), MAX_USER);
    const masked = d.masked + (r?.masked ?? 0) + u.masked;
    if (masked > 0) this.issue(`audit: masked ${masked} secret-looking value(s) in a ${action} entry`);
    return {
      seq: this.nextSeq++,
      time: this.now(),
      user: u.text,
      action,
      details: d.text,
      outcome,
      reason: r?.text ?? null,
    };
  }

  /** Keeps the entry in the window and tells the listeners; a listener that throws is reported, not fatal. */
  commit(entry: AuditEntry): void {
    this.recent.push(entry);
    if (this.recent.length > this.memoryLimit) this.recent.shift();
    for (const listener of [...this.listeners]) {
      try {
        listener(entry);
      } catch (err) {
        this.issue(`audit: an entry listener threw: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }

  list(limit: number): AuditEntry[] {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError(`AuditTrail.list: limit must be a non-negative integer, got ${String(limit)}`);
    }
    const n = Math.min(limit, this.recent.length);
    const out: AuditEntry[] = [];
    for (let i = this.recent.length - 1; out.length < n; i--) out.push(this.recent[i]!);
    return out;
  }

  onEntry(listener: AuditListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
