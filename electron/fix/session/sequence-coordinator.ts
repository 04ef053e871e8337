// The only owner of MsgSeqNum state (jspurefix's sequence coordinator): outbound numbers come from and are
// persisted to the MessageStore, the expected inbound number lives there too, and the outstanding-ResendRequest
// range is tracked here. Nothing else in the session reads or writes sequence numbers directly.
import { formatUtcTimestamp } from '../codec/timestamp.js';
import type { MessageStore, StoredMessage } from '../store/message-store.js';
import type { SessionClock } from './clock.js';

/** Where an inbound MsgSeqNum N stands against the expected E. */
export type SeqVerdict = 'expected' | 'too-high' | 'too-low';

export interface OutboundStamp {
  seq: number;
  /** SendingTime (52) text. */
  sendingTime: string;
}

export class SequenceCoordinator {
  /** Inclusive range we asked the peer to resend; null when no ResendRequest is outstanding. */
  private pendingResend: { begin: number; end: number } | null = null;

  constructor(
    private readonly store: MessageStore,
    private readonly clock: SessionClock,
  ) {}

  get nextSenderSeq(): number {
    return this.store.nextSenderSeq;
  }

  get expectedTargetSeq(): number {
    return this.store.nextTargetSeq;
  }

  get storeCreatedAt(): number {
    return this.store.creationTime.getTime();
  }

  /** The next outbound MsgSeqNum and a SendingTime for `now` (default: the clock's). The number is consumed only
   * by `persistOutbound`. */
  stampOutbound(now: number = this.clock.now()): OutboundStamp {
    return { seq: this.store.nextSenderSeq, sendingTime: formatUtcTimestamp(now) };
  }

  /** A SendingTime for messages that carry an existing MsgSeqNum (replays, gap fills). */
  sendingTimeNow(now: number = this.clock.now()): string {
    return formatUtcTimestamp(now);
  }

  /** Durably stores an outbound message under its number (advancing nextSenderSeq) BEFORE it reaches the socket. */
  persistOutbound(seq: number, raw: Buffer): void {
    this.store.append(seq, raw);
  }

  classify(seq: number): SeqVerdict {
    const e = this.store.nextTargetSeq;
    return seq === e ? 'expected' : seq > e ? 'too-high' : 'too-low';
  }

  /** The message numbered `seq` has been processed: expect seq+1, if seq was the expected one. */
  inboundProcessed(seq: number): void {
    if (seq === this.store.nextTargetSeq) this.store.setNextTargetSeq(seq + 1);
  }

  /** SequenceReset: jump the expected inbound number forward. */
  setExpectedTargetSeq(seq: number): void {
    this.store.setNextTargetSeq(seq);
  }

  /** ResetSeqNumFlag or the daily reset: both directions restart at 1, stored messages are dropped. */
  resetBoth(): void {
    this.store.reset();
    this.pendingResend = null;
  }

  /** Stored outbound messages in [begin, end], at most `limit` (a bounded chunk for resend). */
  storedRange(begin: number, end: number, limit: number): StoredMessage[] {
    return this.store.getRange(begin, end, limit);
  }

  get resendPending(): { begin: number; end: number } | null {
    return this.pendingResend;
  }

  /** We sent ResendRequest 7=begin; `end` is the highest number known missing (the one before the message that
   * revealed the gap). */
  resendRequested(begin: number, end: number): void {
    this.pendingResend = { begin, end };
  }

  /** Clears the outstanding range once the expected number has moved past it; returns true when that happened. */
  checkResendSatisfied(): boolean {
    if (this.pendingResend !== null && this.store.nextTargetSeq > this.pendingResend.end) {
      this.pendingResend = null;
      return true;
    }
    return false;
  }

  /** Forget the outstanding range (the connection ended: the next logon finds the gap again). */
  clearResendPending(): void {
    this.pendingResend = null;
  }
}
