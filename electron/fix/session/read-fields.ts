import type { FixMessage } from '../codec/fix-message.js';

/** A non-negative integer field (MsgSeqNum, BeginSeqNo, NewSeqNo, HeartBtInt): NaN when absent or not all digits. */
export function getUint(msg: FixMessage, tag: number): number {
  const i = msg.indexOf(tag);
  return i < 0 ? NaN : msg.uintAt(i);
}

/** A short repeated value (CompID, BeginString, MsgType) without allocating a new string per message. */
export function getInterned(msg: FixMessage, tag: number): string | undefined {
  const i = msg.indexOf(tag);
  return i < 0 ? undefined : msg.internAt(i);
}

/** Field i's value is exactly `text` (ASCII), compared byte by byte: no string is made. */
export function valueIs(msg: FixMessage, i: number, text: string): boolean {
  const s = msg.valueStarts[i]!;
  const n = text.length;
  if (msg.valueEnds[i]! - s !== n) return false;
  const buf = msg.buf;
  for (let k = 0; k < n; k++) if (buf[s + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The first field with this tag has exactly the value `text`; false when absent. */
export function fieldIs(msg: FixMessage, tag: number, text: string): boolean {
  const i = msg.indexOf(tag);
  return i >= 0 && valueIs(msg, i, text);
}
