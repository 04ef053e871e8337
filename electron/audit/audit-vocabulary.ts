// Runtime lists of the contract's audit unions (shared/domain/audit.ts holds types only), so a line read back from
// disk can be checked against them. The assertions below fail to compile when the contract gains a member.
import type { AuditAction, AuditOutcome } from '../../shared/domain/audit.js';

export const AUDIT_ACTIONS = [
  'order.new',
  'order.amend',
  'order.cancel',
  'order.cancel-all',
  'kill-switch.engage',
  'kill-switch.rearm',
  'limits.change',
  'session.connect',
  'session.disconnect',
  'session.reset',
  'settings.change',
  'login',
] as const satisfies readonly AuditAction[];

export const AUDIT_OUTCOMES = ['accepted', 'rejected', 'timed-out'] as const satisfies readonly AuditOutcome[];

const _allActions: Exclude<AuditAction, (typeof AUDIT_ACTIONS)[number]> extends never ? true : false = true;
const _allOutcomes: Exclude<AuditOutcome, (typeof AUDIT_OUTCOMES)[number]> extends never ? true : false = true;

const ACTION_SET: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const OUTCOME_SET: ReadonlySet<string> = new Set(AUDIT_OUTCOMES);

export function isAuditAction(v: unknown): v is AuditAction {
  return typeof v === 'string' && ACTION_SET.has(v);
}

export function isAuditOutcome(v: unknown): v is AuditOutcome {
  return typeof v === 'string' && OUTCOME_SET.has(v);
}
