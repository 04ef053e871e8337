// Test doubles for the transport layer: a manual clock for the Reconnector and a Transport driven by the test.
import type { ReconnectClock } from '../../../electron/fix/transport/reconnector.js';
import type { ConnectionInfo, Transport, TransportEvents } from '../../../electron/fix/transport/transport.js';
import { TypedEmitter } from '../../../electron/fix/transport/typed-emitter.js';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

export class FakeClock implements ReconnectClock {
  private t = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, at: this.t + ms, fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward, firing due timers in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.t = due.at;
      due.fn();
    }
    this.t = end;
  }
}

export class FakeTransport extends TypedEmitter<TransportEvents> implements Transport {
  readonly info: ConnectionInfo = { remote: 'fake:1', host: 'fake', tls: false };
  isOpen = true;
  destroyedWith: string | undefined;

  write(): boolean {
    return this.isOpen;
  }

  close(): void {
    this.drop('closed locally');
  }

  destroy(reason?: string): void {
    this.destroyedWith = reason ?? 'destroyed';
    this.drop(this.destroyedWith);
  }

  drop(reason: string): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.emit('disconnected', reason);
  }
}

/** Lets pending promise callbacks run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
