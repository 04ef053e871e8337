// A Transport that records what reaches it and timers moved by hand: the FaultyTransport without sockets.
import type { ConnectionInfo, Transport, TransportEvents } from '../../../electron/fix/transport/transport.js';
import type { FaultTimers } from '../../../electron/sim/faults/index.js';

export class RecordingTransport implements Transport {
  readonly info: ConnectionInfo = { remote: '127.0.0.1:1', host: '127.0.0.1', tls: false };
  readonly written: Buffer[] = [];
  isOpen = true;
  closed = 0;
  destroyed = 0;
  private readonly gone: Array<(reason: string) => void> = [];

  write(buf: Buffer): boolean {
    if (!this.isOpen) return false;
    this.written.push(buf);
    return true;
  }
  close(): void {
    this.closed++;
    this.isOpen = false;
  }
  destroy(): void {
    this.destroyed++;
    this.isOpen = false;
    for (const fn of this.gone) fn('destroyed');
  }
  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    if (event === 'disconnected') this.gone.push(fn as (reason: string) => void);
  }
  off(): void {}

  get text(): string[] {
    return this.written.map((b) => b.toString('latin1'));
  }
}

export class ManualTimers implements FaultTimers {
  at = 1_000_000;
  private next = 1;
  private readonly pending = new Map<number, { due: number; fn: () => void }>();

  now(): number {
    return this.at;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { due: this.at + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  get count(): number {
    return this.pending.size;
  }
  /** Moves time forward, running each timer that falls due, in due order. */
  advance(ms: number): void {
    const end = this.at + ms;
    for (;;) {
      const due = [...this.pending].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
      if (due === undefined) break;
      this.pending.delete(due[0]);
      this.at = due[1].due;
      due[1].fn();
    }
    this.at = end;
  }
}
