// The audit trail's public surface (main process only).
export type { AuditListener, AuditTrail, AuditTrailOptions } from './audit-trail.js';
export { FileAuditTrail, type AuditRecovery, type FileAuditTrailOptions } from './file-audit-trail.js';
export { MemoryAuditTrail } from './memory-audit-trail.js';
export { AUDIT_CSV_HEADER, auditCsv, csvCell } from './audit-csv.js';
export { guardAuditText, type GuardedText } from './secret-guard.js';
export { AUDIT_ACTIONS, AUDIT_OUTCOMES, isAuditAction, isAuditOutcome } from './audit-vocabulary.js';
