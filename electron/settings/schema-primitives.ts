// Field shapes shared by the settings schemas. The same schemas check what the renderer sends (main's IPC
// validation) and what is read back from disk, so a hand-edited file meets exactly the rules of the form.
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { SESSION_ID_MAX_LENGTH, SESSION_ID_PATTERN } from '../../shared/ipc/commands.js';

/** The message of a wrong-type value, or "is missing" for an absent one (zod's default would be "expected
 * string, received undefined"); other issues keep their own message. */
export function typeError(expected: string) {
  return (issue: { readonly code?: string; readonly input?: unknown }): string | undefined =>
    issue.code !== 'invalid_type' ? undefined : issue.input === undefined ? 'is missing' : expected;
}

/** Sessions are named "<id>-trading" and "<id>-md", and a session id is at most SESSION_ID_MAX_LENGTH. */
export const PROFILE_ID_MAX_LENGTH = SESSION_ID_MAX_LENGTH - '-trading'.length;

export const profileId = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(PROFILE_ID_MAX_LENGTH, { error: `must be at most ${PROFILE_ID_MAX_LENGTH} characters` })
  .regex(SESSION_ID_PATTERN, { error: 'may hold only a-z, 0-9 and -, and must start with a letter or digit' });

/** Free text shown in the UI: no control characters, no surrounding spaces (invisible in a form). */
export function label(max: number) {
  return z
    .string({ error: typeError('must be text') })
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .regex(/^[^\p{Cc}]*$/u, { error: 'must not hold control characters' })
    .refine((v) => v.trim() === v, { error: 'must not start or end with a space' });
}

/** RFC 1123 host name labels; all-numeric names are left to the IP check. */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function isHostName(v: string): boolean {
  return HOST_NAME.test(v) && !/^[0-9.]+$/.test(v);
}

export const host = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(253, { error: 'must be at most 253 characters' })
  .refine((v) => isIP(v) !== 0 || isHostName(v), {
    error: 'must be a host name or an IP address (no scheme, no port, no path)',
  });

/** TLS SNI and certificate checks take a name, never an address. */
export const serverName = z
  .string({ error: typeError('must be text') })
  .max(253, { error: 'must be at most 253 characters' })
  .refine(isHostName, { error: 'must be a host name (certificates are checked against it)' });

export const port = z
  .number({ error: typeError('must be a number') })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be from 1 to 65535' })
  .max(65535, { error: 'must be from 1 to 65535' });

/** Absolute: a relative path would depend on the directory the app happened to start in. */
export const filePath = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(1024, { error: 'must be at most 1024 characters' })
  .regex(/^[^\p{Cc}]*$/u, { error: 'must not hold control characters' })
  .refine((v) => path.isAbsolute(v), { error: 'must be an absolute path' });

/** CompIDs go into tags 49/56: printable ASCII, so no SOH and no non-ASCII; no '=' (a lenient parser would split
 * the field there); spaces only inside (a trailing space is invisible in a form and makes a different session). */
export const compId = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(64, { error: 'must be at most 64 characters' })
  .regex(/^[\x21-\x3c\x3e-\x7e](?:[\x20-\x3c\x3e-\x7e]*[\x21-\x3c\x3e-\x7e])?$/, {
    error: "must be printable ASCII without '=' and without leading or trailing spaces",
  });

/** An API key goes into 553 Username: printable ASCII without spaces ('=' is base64 padding). */
export const apiKey = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(256, { error: 'must be at most 256 characters' })
  .regex(/^[\x21-\x7e]+$/, { error: 'must be printable ASCII without spaces' });

/** Keys of symbol tables: "*" or a venue symbol as the order schemas take it. */
export const symbolKey = z
  .string({ error: typeError('must be text') })
  .max(32, { error: 'must be at most 32 characters' })
  .regex(/^(\*|[A-Za-z0-9][A-Za-z0-9/_.:-]*)$/, { error: 'must be "*" or a symbol of letters, digits and / _ . : -' });

/** Looks at an object's keys before zod reads any entry, so a hostile table with a million keys costs one walk. */
export function boundedRecord<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V, max: number) {
  return z
    .unknown()
    .superRefine((v, ctx) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        ctx.addIssue({ code: 'custom', message: 'must be an object' });
      } else if (Object.keys(v).length > max) {
        ctx.addIssue({ code: 'custom', message: `must hold at most ${max} entries` });
      }
    })
    .pipe(z.record(key, value));
}

/** Zod's issues as one line naming each field ("trading.port: must be from 1 to 65535"). */
export function describeIssues(error: z.ZodError, prefix = '', max = 5): string {
  const shown = error.issues.slice(0, max).map((i) => {
    const at = [prefix, ...i.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
      .filter((p) => p.length > 0)
      .join('.')
      .replace(/\.\[/g, '[');
    return at.length > 0 ? `${at}: ${i.message}` : i.message;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return `${shown.join('; ')}${more}`;
}
