// File-system name for a session's store directory and log files, QuickFIX style: BeginString-Sender-Target.
import { createHash } from 'node:crypto';

export interface SessionIdentity {
  beginString: string;
  senderCompId: string;
  targetCompId: string;
}

const SAFE = /[^A-Za-z0-9._-]/g;

/**
 * `FIX.4.4-SENDER-TARGET`, with anything outside [A-Za-z0-9._-] replaced by `_`. When replacing changed the name, a
 * short hash of the original is appended so two CompIDs that differ only in unsafe characters (A/B vs A_B) never
 * share a store, which would mix their sequence numbers.
 */
export function sessionFileName(id: SessionIdentity): string {
  for (const [field, value] of Object.entries(id)) {
    if (typeof value !== 'string' || value.length === 0) {
      throw new TypeError(`session identity: ${field} must be a non-empty string`);
    }
  }
  const original = `${id.beginString}-${id.senderCompId}-${id.targetCompId}`;
  const safe = original.replace(SAFE, '_');
  if (safe === original) return safe;
  const hash = createHash('sha256').update(original, 'utf8').digest('hex').slice(0, 8);
  return `${safe}-${hash}`;
}
