// The last check before audit text reaches disk: the trail is exported as CSV and mailed around, so a credential
// that slipped into a details string (a raw Logon pasted into an error, a venue's echo of a signature) must not
// survive. Masks rather than refuses: losing the record of a user action would be worse than losing one value.
import { MASK, SECRET_TAGS } from '../fix/codec/secret-tags.js';

/** FIX fields whose value is a credential (554 Password, 5025 Nonce, 96/91 signatures, 925 NewPassword), in wire
 * text (SOH) or as people write it (| , ; or spaces between fields). */
const SECRET_FIELD = new RegExp(`(^|[^0-9])(${[...SECRET_TAGS].join('|')})=([^\\x01|,;\\s]+)`, 'g');

/** "password=…", "secret: …" and the like, whatever the caller named it. */
const NAMED_SECRET = /\b(password|passwd|passphrase|secret|api[-_]?secret|private[-_]?key)(\s*[=:]\s*)([^\s,;|]+)/gi;

/** A long base64 run (Kraken API secrets are 88 characters): 32 or more base64 characters mixing letters and
 * digits. UUIDs, session ids and decimal numbers are broken up by '-' or '.', and an all-digit ClOrdID has no
 * letters. */
const LONG_BASE64 = /[A-Za-z0-9+/]{32,}={0,2}/g;

const CONTROL = /[\x00-\x1f\x7f]/g;

export interface GuardedText {
  readonly text: string;
  /** How many values were masked. */
  readonly masked: number;
}

/** Masks secret-looking values, turns control characters (SOH, newlines) into spaces and caps the length. */
export function guardAuditText(text: string, maxLength: number): GuardedText {
  let masked = 0;
  let out = text.replace(SECRET_FIELD, (_m, lead: string, tag: string) => {
    masked++;
    return `${lead}${tag}=${MASK}`;
  });
  out = out.replace(NAMED_SECRET, (_m, name: string, sep: string) => {
    masked++;
    return `${name}${sep}${MASK}`;
  });
  out = out.replace(LONG_BASE64, (run) => {
    if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return run;
    masked++;
    return MASK;
  });
  out = out.replace(CONTROL, ' ');
  if (out.length > maxLength) out = `${out.slice(0, maxLength - 1)}…`;
  return { text: out, masked };
}
