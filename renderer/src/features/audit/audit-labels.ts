// Words for the audit trail's codes.
import type { AuditAction, AuditOutcome } from '../../../../shared/domain/audit.js';

export const ACTION_LABEL: Readonly<Record<AuditAction, string>> = {
  'order.new': 'New order',
  'order.amend': 'Amend order',
  'order.cancel': 'Cancel order',
  'order.cancel-all': 'Cancel all',
  'kill-switch.engage': 'Kill switch engaged',
  'kill-switch.rearm': 'Kill switch re-armed',
  'limits.change': 'Limits changed',
  'session.connect': 'Session connect',
  'session.disconnect': 'Session disconnect',
  'session.reset': 'Sequence reset',
  'settings.change': 'Settings changed',
  login: 'Login',
};

export const OUTCOME_LABEL: Readonly<Record<AuditOutcome, string>> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  'timed-out': 'Timed out',
};

export const ACTIONS = Object.keys(ACTION_LABEL) as AuditAction[];
export const OUTCOMES = Object.keys(OUTCOME_LABEL) as AuditOutcome[];

export function actionLabel(action: string): string {
  return Object.hasOwn(ACTION_LABEL, action) ? ACTION_LABEL[action as AuditAction] : action;
}
