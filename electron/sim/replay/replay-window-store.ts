// The in-memory MessageStore of the simulator's acceptor sessions (main process): it keeps only the last
// `capacity` outbound messages for replay, so a market-data session that sends tens of thousands of messages a
// second for hours holds a bounded window instead of everything it ever sent. A ResendRequest reaching further back
// than the window gets a SequenceReset-GapFill for the forgotten numbers (the resender fills whatever the store
// lacks). Kraken does not document the depth of its own replay store (spec §1.4); a client that misses more than
// the window resubscribes, as it would after any checksum mismatch.
import { maskSecretsBuffer } from '../../fix/log/mask-secrets.js';
import { bytesCarrySecrets } from '../../fix/session/secret-scan.js';
import { assertRange, assertSeq, type MessageStore, type StoredMessage } from '../../fix/store/message-store.js';

/** Messages kept per session by default: a few seconds of the busiest feed, about 15 MB at most. */
export const DEFAULT_REPLAY_WINDOW = 50_000;

/** Messages are copied end to end into slabs of this size (one of its own for a larger message). */
const SLAB_BYTES = 1 << 20;

export class ReplayWindowStore implements MessageStore {
  /**
   * Stored numbers ascending from `head`; the message of `seqs[i]` is `lens[i]` bytes at `offs[i]` of `slabs[i]`.
   * Bytes live in shared slabs rather than a Buffer each: at 50 000 messages a second the window's tens of
   * thousands of small Buffer objects all outlived the young generation, and the collector copied them twice.
   * A slab is freed once the window has moved past all its messages.
   */
  private seqs: number[] = [];
  private slabs: Buffer[] = [];
  private offs: number[] = [];
  private lens: number[] = [];
  private slab: Buffer = Buffer.allocUnsafe(0);
  private slabUsed = 0;
  private head = 0;
  private senderSeq = 1;
  private targetSeq = 1;
  private created: Date;
  private closed = false;

  constructor(
    readonly capacity: number = DEFAULT_REPLAY_WINDOW,
    private readonly now: () => Date = () => new Date(),
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`replay window must be a whole number >= 1, got ${capacity}`);
    this.created = now();
  }

  get nextSenderSeq(): number {
    return this.senderSeq;
  }

  get nextTargetSeq(): number {
    return this.targetSeq;
  }

  get creationTime(): Date {
    return new Date(this.created.getTime());
  }

  /** Messages held now (at most `capacity`). */
  get size(): number {
    return this.seqs.length - this.head;
  }

  append(seq: number, raw: Buffer): void {
    this.assertOpen();
    assertSeq('append', seq);
    // Masked like every store (a Logon's credentials), and copied: the caller may reuse its buffer. The masking scan
    // allocates per field, so only a message that can carry a credential pays for it (the busy feed never does).
    const kept = bytesCarrySecrets(raw) ? maskSecretsBuffer(raw) : raw;
    if (this.slabUsed + kept.length > this.slab.length) {
      this.slab = Buffer.allocUnsafe(Math.max(SLAB_BYTES, kept.length));
      this.slabUsed = 0;
    }
    const off = this.slabUsed;
    kept.copy(this.slab, off);
    this.slabUsed += kept.length;
    const last = this.seqs.length > this.head ? this.seqs[this.seqs.length - 1]! : 0;
    if (seq > last) {
      this.seqs.push(seq);
      this.slabs.push(this.slab);
      this.offs.push(off);
      this.lens.push(kept.length);
    } else {
      const i = this.lowerBound(seq);
      if (this.seqs[i] === seq) {
        this.slabs[i] = this.slab;
        this.offs[i] = off;
        this.lens[i] = kept.length;
      } else {
        this.seqs.splice(i, 0, seq);
        this.slabs.splice(i, 0, this.slab);
        this.offs.splice(i, 0, off);
        this.lens.splice(i, 0, kept.length);
      }
    }
    this.senderSeq = seq + 1;
    if (this.size > this.capacity) this.forgetOldest();
  }

  setNextSenderSeq(seq: number): void {
    this.assertOpen();
    assertSeq('setNextSenderSeq', seq);
    this.senderSeq = seq;
  }

  setNextTargetSeq(seq: number): void {
    this.assertOpen();
    assertSeq('setNextTargetSeq', seq);
    this.targetSeq = seq;
  }

  getRange(begin: number, end: number, limit: number): StoredMessage[] {
    this.assertOpen();
    assertRange(begin, end, limit);
    const last = end === 0 ? Infinity : end;
    const out: StoredMessage[] = [];
    for (let i = this.lowerBound(begin); i < this.seqs.length && out.length < limit; i++) {
      const seq = this.seqs[i]!;
      if (seq > last) break;
      const off = this.offs[i]!;
      out.push({ seq, raw: Buffer.from(this.slabs[i]!.subarray(off, off + this.lens[i]!)) });
    }
    return out;
  }

  reset(): void {
    this.assertOpen();
    this.seqs = [];
    this.slabs = [];
    this.offs = [];
    this.lens = [];
    this.slab = Buffer.allocUnsafe(0);
    this.slabUsed = 0;
    this.head = 0;
    this.senderSeq = 1;
    this.targetSeq = 1;
    this.created = this.now();
  }

  close(): void {
    this.closed = true;
  }

  /** First index at or after `head` whose number is >= seq. */
  private lowerBound(seq: number): number {
    let lo = this.head;
    let hi = this.seqs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.seqs[mid]! < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private forgetOldest(): void {
    this.slabs[this.head] = EMPTY;
    this.head++;
    // Compact once the dead prefix is as long as the live part: amortised O(1) per append.
    if (this.head >= this.capacity) {
      this.seqs = this.seqs.slice(this.head);
      this.slabs = this.slabs.slice(this.head);
      this.offs = this.offs.slice(this.head);
      this.lens = this.lens.slice(this.head);
      this.head = 0;
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MessageStore is closed');
  }
}

const EMPTY = Buffer.alloc(0);
