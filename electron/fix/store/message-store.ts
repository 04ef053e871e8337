// The durable record of one FIX session's sequence numbers and outbound messages. Owned by the session's
// sequence coordinator in the main process; synchronous so "assign seq, encode, append, write to socket" stays one
// serialised path (as QuickFIX's FileStore).

export interface MessageStore {
  /** Next MsgSeqNum this side will send / expects to receive. Both start at 1. */
  readonly nextSenderSeq: number;
  readonly nextTargetSeq: number;
  /** When this session's sequence numbering began (FIX: the store's creation time; reset renews it). */
  readonly creationTime: Date;
  /** Persist an outbound message under its MsgSeqNum and set nextSenderSeq to seq+1. Durable (per fsync policy)
   * when it returns: the session writes to the socket only after this. Values of secret tags (554, 5025, 96, 925)
   * are masked in the stored copy, so a stored Logon is not byte-identical (admin messages are never replayed).
   * Appending a seq that is already stored replaces it. */
  append(seq: number, raw: Buffer): void;
  setNextSenderSeq(seq: number): void;
  setNextTargetSeq(seq: number): void;
  /** Stored outbound messages with begin <= seq <= end (end 0 = to the last), ascending, at most `limit`. */
  getRange(begin: number, end: number, limit: number): StoredMessage[];
  /** Forget all messages, both sequence numbers back to 1, new creationTime (ResetSeqNumFlag, daily reset). */
  reset(): void;
  close(): void;
}

export interface StoredMessage {
  seq: number;
  raw: Buffer;
}

/** Largest MsgSeqNum a store accepts (it is kept as an unsigned 32-bit number on disk). */
export const MAX_SEQ = 0xffff_ffff;

export function assertSeq(what: string, seq: number): void {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ) {
    throw new RangeError(`${what}: sequence number must be an integer in 1..${MAX_SEQ}, got ${String(seq)}`);
  }
}

/** Shared argument check for getRange so both implementations refuse the same inputs. */
export function assertRange(begin: number, end: number, limit: number): void {
  assertSeq('getRange begin', begin);
  if (!Number.isInteger(end) || end < 0 || end > MAX_SEQ) {
    throw new RangeError(`getRange end: must be 0 (to the last) or a sequence number, got ${String(end)}`);
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`getRange limit: must be a positive integer, got ${String(limit)}`);
  }
}
