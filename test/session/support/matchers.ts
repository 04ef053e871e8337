// What a scenario says it expects of a message: per tag, an exact value, a pattern, a predicate, or absence.
import type { ReceivedMessage } from './received-message.js';

const ABSENT: unique symbol = Symbol('absent');

export interface Predicate {
  readonly describe: string;
  test(value: string | undefined): boolean;
}

export type FieldMatcher = string | RegExp | Predicate | typeof ABSENT;
export type FieldExpectation = Readonly<Record<number, FieldMatcher>>;

/** The tag must not be on the message. */
export const absent: typeof ABSENT = ABSENT;

/** The tag must be present with a non-empty value. */
export const present: Predicate = { describe: '<present>', test: (v) => v !== undefined && v.length > 0 };

/** One of several values the spec allows (e.g. 16=0 or 16=N-1 in a ResendRequest). */
export function anyOf(...values: string[]): Predicate {
  return { describe: `<one of ${values.join(', ')}>`, test: (v) => v !== undefined && values.includes(v) };
}

export function satisfies(describe: string, test: (value: string | undefined) => boolean): Predicate {
  return { describe, test };
}

function describeMatcher(m: FieldMatcher): string {
  if (m === ABSENT) return '<absent>';
  if (typeof m === 'string') return m;
  if (m instanceof RegExp) return String(m);
  return m.describe;
}

export function describeExpectation(want: FieldExpectation): string {
  return Object.entries(want)
    .map(([tag, m]) => `${tag}=${describeMatcher(m as FieldMatcher)}`)
    .join('|');
}

/** Every way `message` differs from `want`; empty when it matches. */
export function mismatches(want: FieldExpectation, message: ReceivedMessage): string[] {
  const out: string[] = [];
  for (const [tagText, m] of Object.entries(want) as Array<[string, FieldMatcher]>) {
    const tag = Number(tagText);
    const value = message.get(tag);
    let ok: boolean;
    if (m === ABSENT) ok = value === undefined;
    else if (typeof m === 'string') ok = value === m;
    else if (m instanceof RegExp) ok = value !== undefined && m.test(value);
    else ok = m.test(value);
    if (!ok) out.push(`${tag}: wanted ${describeMatcher(m)}, got ${value === undefined ? '<absent>' : value}`);
  }
  return out;
}
