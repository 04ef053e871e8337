// The inspector's copy of the FIX traffic: the newest MAX_MESSAGES records in id order, fed from main's history
// (one query) and the per-frame message stream. Plain mutable storage outside React and zustand: at market-data
// rates a copied 20,000-row array per frame would cost more than the grid's transactions it feeds.
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';

/** Records kept in the renderer (main keeps more and answers queries over them). */
export const MAX_MESSAGES = 20_000;
/** Trimmed in steps, so a full list does not drop one row per message. */
const TRIM_SLACK = 1_000;

export interface FeedChange {
  readonly added: readonly FixMessageRecord[];
  readonly removed: readonly FixMessageRecord[];
  /** The whole list was rebuilt (history merged): views re-read it instead of applying added/removed. */
  readonly reset: boolean;
}

type Listener = (change: FeedChange) => void;

export class MessageFeed {
  private list: FixMessageRecord[] = [];
  private readonly byId = new Map<number, FixMessageRecord>();
  private readonly listeners = new Set<Listener>();
  private newestId = 0;
  /** Ids the stream passed over (main's journal thins a flood to the newest of each frame). */
  private gap = 0;

  get size(): number {
    return this.list.length;
  }

  /** Records the stream skipped since the last history load. */
  get skipped(): number {
    return this.gap;
  }

  get(id: number): FixMessageRecord | undefined {
    return this.byId.get(id);
  }

  /** Oldest first; the caller must not modify it. */
  snapshot(): readonly FixMessageRecord[] {
    return this.list;
  }

  onChange(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  }

  /** A stream batch (oldest first). */
  append(batch: readonly FixMessageRecord[]): void {
    const added: FixMessageRecord[] = [];
    for (const r of batch) {
      if (this.byId.has(r.id)) continue;
      if (this.newestId > 0 && r.id > this.newestId + 1) this.gap += r.id - this.newestId - 1;
      if (r.id < this.newestId) {
        // Older than what we hold (a late batch across a reload): the history merge path keeps the order.
        this.merge([r]);
        continue;
      }
      this.newestId = r.id;
      this.byId.set(r.id, r);
      this.list.push(r);
      added.push(r);
    }
    const removed = this.trim();
    if (added.length > 0 || removed.length > 0) this.emit({ added, removed, reset: false });
  }

  /** main's history (newest first, as messageHistory answers): merged by id, and the skip count starts again. */
  loadHistory(newestFirst: readonly FixMessageRecord[]): void {
    this.gap = 0;
    this.merge(newestFirst);
  }

  private merge(records: readonly FixMessageRecord[]): void {
    for (const r of records) this.byId.set(r.id, r);
    this.list = [...this.byId.values()].sort((a, b) => a.id - b.id);
    this.newestId = this.list[this.list.length - 1]?.id ?? 0;
    this.trim(0);
    this.emit({ added: [], removed: [], reset: true });
  }

  private trim(slack = TRIM_SLACK): FixMessageRecord[] {
    if (this.list.length <= MAX_MESSAGES + slack) return [];
    const removed = this.list.slice(0, this.list.length - MAX_MESSAGES);
    this.list = this.list.slice(removed.length);
    for (const r of removed) this.byId.delete(r.id);
    return removed;
  }

  private emit(change: FeedChange): void {
    for (const fn of [...this.listeners]) fn(change);
  }
}
