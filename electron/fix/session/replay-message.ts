// Rebuilding a stored outbound message for a resend: a fresh header (same MsgType and MsgSeqNum, 43=Y, 122 = the
// original 52, new 52) followed by the original's other header fields and its body, copied byte for byte.
import type { FixEncoder } from '../codec/encoder.js';
import type { FixMessage } from '../codec/fix-message.js';
import { REBUILT_HEADER_TAGS, Tag } from './header-fields.js';
import { bodyIndex, fieldEnd, fieldStart, trailerIndex } from './message-parts.js';

export function originalSendingTime(stored: FixMessage): string | undefined {
  return stored.getString(Tag.SendingTime);
}

/** Writes everything after our rebuilt header: kept header fields (e.g. 97, sub-IDs), then the body. */
export function writeReplayRest(enc: FixEncoder, stored: FixMessage): void {
  const b = bodyIndex(stored);
  for (let i = 3; i < b; i++) {
    if (!REBUILT_HEADER_TAGS.has(stored.tagAt(i))) enc.bytes(stored.buf, fieldStart(stored, i), fieldEnd(stored, i));
  }
  const t = trailerIndex(stored, b);
  if (t > b) enc.bytes(stored.buf, fieldStart(stored, b), fieldStart(stored, t));
}
