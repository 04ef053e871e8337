// In-memory session log for tests and the message inspector. Bounded so a long-running session cannot grow it
// without limit: the oldest entries are dropped first.
import { maskSecrets } from './mask-secrets.js';
import type { LogEntry, LogEntryKind, SessionLog } from './session-log.js';

export interface MemorySessionLogOptions {
  /** Most entries kept (default 10 000). */
  maxEntries?: number;
  now?: () => Date;
}

export class MemorySessionLog implements SessionLog {
  /** A ring: once full, the next entry overwrites the oldest (no shifting of the whole array per message). */
  private readonly items: LogEntry[] = [];
  private head = 0;
  private readonly maxEntries: number;
  private readonly now: () => Date;
  private closed = false;

  constructor(options: MemorySessionLogOptions = {}) {
    const maxEntries = options.maxEntries ?? 10_000;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError(`MemorySessionLog: maxEntries must be a positive integer, got ${String(maxEntries)}`);
    }
    this.maxEntries = maxEntries;
    this.now = options.now ?? (() => new Date());
  }

  /** Entries in arrival order (a copy). */
  get entries(): readonly LogEntry[] {
    return [...this.items.slice(this.head), ...this.items.slice(0, this.head)];
  }

  get isClosed(): boolean {
    return this.closed;
  }

  incoming(raw: Buffer): void {
    this.add('incoming', maskSecrets(raw));
  }

  outgoing(raw: Buffer): void {
    this.add('outgoing', maskSecrets(raw));
  }

  event(text: string): void {
    this.add('event', maskSecrets(text));
  }

  close(): void {
    this.closed = true;
  }

  clear(): void {
    this.items.length = 0;
    this.head = 0;
  }

  private add(kind: LogEntryKind, text: string): void {
    if (this.closed) return;
    const entry = { kind, time: this.now(), text };
    if (this.items.length < this.maxEntries) {
      this.items.push(entry);
      return;
    }
    this.items[this.head] = entry;
    this.head = (this.head + 1) % this.maxEntries;
  }
}
