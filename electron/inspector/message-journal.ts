// Every FIX message in and out of every session, as the inspector shows it: a bounded ring in main (oldest dropped
// first) that the renderer queries, plus a pending batch streamed once per display frame. Raw bytes arrive already
// masked (the session masks 554, 5025 and other secrets before it emits them); text is made only when a record is
// read, so a market-data flood costs a buffer reference per message, not a string.
import type { FixMessageRecord, MessageDirection } from '../../shared/domain/fix-messages.js';
import type { MessageQuery } from '../../shared/ipc/commands.js';

interface Entry {
  readonly id: number;
  readonly sessionId: string;
  readonly direction: MessageDirection;
  readonly time: number;
  readonly msgType: string;
  readonly seqNum: number;
  readonly raw: Buffer;
  readonly garbled: boolean;
  text?: string;
}

export interface JournalOptions {
  /** Messages kept for queries (default 50,000). */
  readonly capacity?: number;
  /** Most records one stream batch carries; older pending ones are left to queries (default 500). */
  readonly batchLimit?: number;
}

export interface JournalInput {
  readonly sessionId: string;
  readonly direction: MessageDirection;
  readonly msgType: string;
  readonly seqNum: number;
  readonly raw: Buffer;
  readonly time: number;
  readonly garbled?: boolean;
}

export class MessageJournal {
  private readonly ring: Array<Entry | undefined>;
  private readonly capacity: number;
  private readonly batchLimit: number;
  private nextId = 1;
  private pending: Entry[] = [];
  /** Records that overflowed a batch since the last drain (the inspector says so). */
  private skipped = 0;

  constructor(o: JournalOptions = {}) {
    this.capacity = o.capacity ?? 50_000;
    this.batchLimit = o.batchLimit ?? 500;
    this.ring = new Array<Entry | undefined>(this.capacity);
  }

  record(m: JournalInput): void {
    const e: Entry = { ...m, id: this.nextId++, garbled: m.garbled ?? false };
    this.ring[e.id % this.capacity] = e;
    this.pending.push(e);
    if (this.pending.length > this.batchLimit * 2) {
      this.skipped += this.pending.length - this.batchLimit;
      this.pending = this.pending.slice(-this.batchLimit);
    }
  }

  /** The newest pending records (at most batchLimit), oldest first, and how many were left out. */
  drain(): { records: FixMessageRecord[]; skipped: number } {
    if (this.pending.length === 0) return { records: [], skipped: 0 };
    const take = this.pending.slice(-this.batchLimit);
    const skipped = this.skipped + this.pending.length - take.length;
    this.pending = [];
    this.skipped = 0;
    return { records: take.map(view), skipped };
  }

  /** Newest first, filtered as asked, at most q.limit. */
  query(q: MessageQuery): FixMessageRecord[] {
    const out: FixMessageRecord[] = [];
    const needle = q.text?.toLowerCase();
    const oldest = Math.max(1, this.nextId - this.capacity);
    for (let id = this.nextId - 1; id >= oldest && out.length < q.limit; id--) {
      const e = this.ring[id % this.capacity];
      if (e === undefined || e.id !== id) continue;
      if (q.sessionId !== undefined && e.sessionId !== q.sessionId) continue;
      if (q.direction !== undefined && e.direction !== q.direction) continue;
      if (q.msgType !== undefined && e.msgType !== q.msgType) continue;
      const r = view(e);
      if (needle !== undefined && needle !== '' && !r.text.toLowerCase().includes(needle)) continue;
      out.push(r);
    }
    return out;
  }

  get size(): number {
    return Math.min(this.nextId - 1, this.capacity);
  }
}

function view(e: Entry): FixMessageRecord {
  e.text ??= e.raw.toString('latin1').replaceAll('\x01', '|');
  return {
    id: e.id,
    sessionId: e.sessionId,
    direction: e.direction,
    time: e.time,
    msgType: e.msgType,
    seqNum: e.seqNum,
    text: e.text,
    garbled: e.garbled,
  };
}
