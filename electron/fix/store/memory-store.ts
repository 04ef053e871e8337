// In-memory MessageStore for unit tests and session scenarios: same contract as FileMessageStore, nothing durable.
import { maskSecretsBuffer } from '../log/mask-secrets.js';
import { assertRange, assertSeq, type MessageStore, type StoredMessage } from './message-store.js';

export class MemoryMessageStore implements MessageStore {
  private messages = new Map<number, Buffer>();
  private senderSeq = 1;
  private targetSeq = 1;
  private created: Date;
  private closed = false;

  constructor(private readonly now: () => Date = () => new Date()) {
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

  append(seq: number, raw: Buffer): void {
    this.assertOpen();
    assertSeq('append', seq);
    // Copy: the caller may reuse its encode buffer.
    this.messages.set(seq, Buffer.from(maskSecretsBuffer(raw)));
    this.senderSeq = seq + 1;
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
    return [...this.messages.keys()]
      .filter((seq) => seq >= begin && seq <= last)
      .sort((a, b) => a - b)
      .slice(0, limit)
      .map((seq) => ({ seq, raw: Buffer.from(this.messages.get(seq) as Buffer) }));
  }

  reset(): void {
    this.assertOpen();
    this.messages = new Map();
    this.senderSeq = 1;
    this.targetSeq = 1;
    this.created = this.now();
  }

  close(): void {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MessageStore is closed');
  }
}
