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
