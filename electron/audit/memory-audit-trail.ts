// An AuditTrail that keeps everything in memory: tests, and runs that must leave nothing on disk.
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/domain/audit.js';
import { AuditCore } from './audit-core.js';
import { auditCsv } from './audit-csv.js';
import type { AuditListener, AuditTrail, AuditTrailOptions } from './audit-trail.js';

export class MemoryAuditTrail implements AuditTrail {
  private readonly core: AuditCore;
  /** The whole trail, for csv(); list() reads the core's window like the file trail does. */
  private readonly all: AuditEntry[] = [];

  constructor(options: AuditTrailOptions = {}) {
    this.core = new AuditCore(options);
  }

  record(
    action: AuditAction,
    details: string,
    outcome: AuditOutcome,
    reason?: string | null,
    user?: string,
  ): AuditEntry {
    const entry = this.core.build(action, details, outcome, reason, user);
    this.all.push(entry);
    this.core.commit(entry);
    return entry;
  }

  list(limit: number): AuditEntry[] {
    return this.core.list(limit);
  }

  csv(): string {
    return auditCsv(this.all);
  }

  onEntry(listener: AuditListener): () => void {
    return this.core.onEntry(listener);
  }

  close(): void {}
}
