// Messages that arrived ahead of a sequence gap, held (detached from the parser's reused view) until the gap is
// filled, then processed once each, strictly in MsgSeqNum order. Bounded: a message that does not fit is dropped
// and simply requested again once the queue has drained to it.
import type { FixMessage } from '../codec/fix-message.js';

export interface QueuedMessage {
  seq: number;
  msg: FixMessage;
  /** When it arrived (epoch ms): SendingTime accuracy is judged against arrival, not against dequeue time. */
  rxAt: number;
  /** Already acted on at arrival (a Logon or ResendRequest is handled at once); dequeuing only consumes its number. */
  handled: boolean;
}

export class InboundQueue {
  private readonly items = new Map<number, QueuedMessage>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.size;
  }

  /** Keeps the first copy of a number; returns false when full or already held. */
  add(item: QueuedMessage): boolean {
    if (this.items.has(item.seq) || this.items.size >= this.capacity) return false;
    this.items.set(item.seq, item);
    return true;
  }

  /** Removes and returns the message numbered `seq`, if held. */
  take(seq: number): QueuedMessage | undefined {
    const item = this.items.get(seq);
    if (item !== undefined) this.items.delete(seq);
    return item;
  }

  /** Drops everything numbered below `seq` (a SequenceReset jumped past them). */
  dropBelow(seq: number): number {
    let dropped = 0;
    for (const k of this.items.keys()) {
      if (k < seq) {
        this.items.delete(k);
        dropped++;
      }
    }
    return dropped;
  }

  lowestSeq(): number | undefined {
    let low: number | undefined;
    for (const k of this.items.keys()) if (low === undefined || k < low) low = k;
    return low;
  }

  clear(): void {
    this.items.clear();
  }
}
