// Byte ranges of a parsed message's header, body and trailer, so a body can be copied verbatim onto a new header
// (resend replay, the echo server) without decoding and re-encoding its fields.
import type { FixMessage } from '../codec/fix-message.js';
import { HEADER_TAGS, TRAILER_TAGS } from './header-fields.js';

/** Byte offset in msg.buf where field i ("tag=") starts. */
export function fieldStart(msg: FixMessage, i: number): number {
  return i === 0 ? msg.start : msg.valueEnds[i - 1]! + 1;
}

/** Byte offset one past field i's SOH. */
export function fieldEnd(msg: FixMessage, i: number): number {
  return msg.valueEnds[i]! + 1;
}

/** Index of the first body field (after 8, 9, 35 and the header fields that follow them). */
export function bodyIndex(msg: FixMessage): number {
  let i = 3;
  while (i < msg.fieldCount && HEADER_TAGS.has(msg.tagAt(i))) i++;
  return i;
}

/** Index of the first trailer field (93, 89 or 10) at or after `from`. */
export function trailerIndex(msg: FixMessage, from: number): number {
  let i = from;
  while (i < msg.fieldCount && !TRAILER_TAGS.has(msg.tagAt(i))) i++;
  return i;
}

/** [start, end) of the body bytes: every field between the header and the trailer, SOHs included. */
export function bodyBytes(msg: FixMessage): { start: number; end: number } {
  const b = bodyIndex(msg);
  const t = trailerIndex(msg, b);
  const start = b < msg.fieldCount ? fieldStart(msg, b) : fieldStart(msg, t);
  return { start, end: fieldStart(msg, t) };
}
