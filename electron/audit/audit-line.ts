// One audit entry per line of JSON (JSON Lines). Keys are written in a fixed order with seq first, so even a line
// torn by a crash usually still names its seq and the trail never hands the same seq out twice.
import { z } from 'zod';
import type { AuditEntry } from '../../shared/domain/audit.js';
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from './audit-vocabulary.js';

/** Largest time a Date can hold, so every entry read back can be shown as ISO text. */
const MAX_TIME = 8.64e15;

const entrySchema = z.object({
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  time: z.number().int().min(0).max(MAX_TIME),
  user: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  details: z.string(),
  outcome: z.enum(AUDIT_OUTCOMES),
  reason: z.string().nullable(),
});

export function encodeAuditLine(e: AuditEntry): string {
  const ordered: AuditEntry = {
    seq: e.seq,
    time: e.time,
    user: e.user,
    action: e.action,
    details: e.details,
    outcome: e.outcome,
    reason: e.reason,
  };
  return `${JSON.stringify(ordered)}\n`;
}

/** The entry a complete line holds, or undefined when the line is not valid JSON or not a valid entry. */
export function decodeAuditLine(line: string): AuditEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = entrySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The seq a damaged line was written with, when its start survived. */
export function seqOfDamagedLine(line: string): number | undefined {
  const m = /^\{"seq":(\d{1,15})[,}]/.exec(line);
  return m ? Number(m[1]) : undefined;
}
