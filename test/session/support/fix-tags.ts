// FIX 4.4 facts the harness needs: which tags are header/trailer (so an echo's body can be compared on its own)
// and which message types are session-level (never replayed, always gap-filled: spec 2.6).

/** Standard header of FIX 4.4 (including the NoHops group). */
export const HEADER_TAGS: ReadonlySet<number> = new Set([
  8, 9, 35, 49, 56, 115, 128, 90, 91, 34, 50, 142, 57, 143, 116, 144, 129, 145, 43, 97, 52, 122, 212, 213, 347, 369,
  627, 628, 629, 630,
]);

/** Standard trailer of FIX 4.4. */
export const TRAILER_TAGS: ReadonlySet<number> = new Set([93, 89, 10]);

/** Heartbeat, TestRequest, ResendRequest, Reject, SequenceReset, Logout, Logon. */
export const ADMIN_MSG_TYPES: ReadonlySet<string> = new Set(['0', '1', '2', '3', '4', '5', 'A']);

export function isBodyTag(tag: number): boolean {
  return !HEADER_TAGS.has(tag) && !TRAILER_TAGS.has(tag);
}
