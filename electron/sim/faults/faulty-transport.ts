// The transport an acceptor session of the simulator writes through (main process): a pass-through until a fault
// is armed, then it drops, holds back or corrupts the session's next writes. The session above never knows: each
// write is one whole message that it has already numbered and stored, so a dropped or garbled message is a real gap
// the client must ask to be resent, and the replay comes from the session's store as usual.
import type { ConnectionInfo, Transport, TransportEvents } from '../../fix/transport/transport.js';
import { garbleFrame, type GarbleKind } from './garble.js';

/** Time for delayed writes; injectable so unit tests move it by hand. */
export interface FaultTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemFaultTimers: FaultTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Which writes a delay holds back: the next `messages` of them, and/or every one for `forMs`. */
export interface DelayWindow {
  messages?: number;
  forMs?: number;
}

export class FaultyTransport implements Transport {
  private dropping = 0;
  private garbling: GarbleKind[] = [];
  private delayMs = 0;
  private delayMessages = 0;
  private delayUntil = 0;
  /** Held writes in write order, each with the instant it may go out. */
  private readonly held: Array<{ due: number; buf: Buffer }> = [];
  private timer: unknown = undefined;
  private closeWhenFlushed = false;
  private dropped = 0;

  constructor(
    private readonly inner: Transport,
    private readonly timers: FaultTimers = systemFaultTimers,
  ) {
    inner.on('disconnected', () => this.forgetHeld());
  }

  get info(): ConnectionInfo {
    return this.inner.info;
  }

  get isOpen(): boolean {
    return this.inner.isOpen && !this.closeWhenFlushed;
  }

  /** Messages swallowed so far on this connection. */
  get droppedCount(): number {
    return this.dropped;
  }

  /** Writes waiting for their delay to pass. */
  get heldCount(): number {
    return this.held.length;
  }

  /** The next `count` writes vanish (the session believes they were sent). */
  dropNext(count: number): void {
    this.dropping += count;
  }

  /** The next write goes out corrupted. */
  garbleNext(kind: GarbleKind): void {
    this.garbling.push(kind);
  }

  /** Writes in the window are held `ms` each; later writes queue behind them, so the order never changes. */
  delay(ms: number, window: DelayWindow): void {
    this.delayMs = ms;
    this.delayMessages = window.messages ?? 0;
    this.delayUntil = window.forMs !== undefined ? this.timers.now() + window.forMs : 0;
  }

  write(buf: Buffer): boolean {
    if (!this.isOpen) return false;
    if (this.dropping > 0) {
      this.dropping--;
      this.dropped++;
      return true;
    }
    const kind = this.garbling.shift();
    const out = kind === undefined ? buf : garbleFrame(buf, kind);
    const now = this.timers.now();
    const delayed = this.delayMessages > 0 || now < this.delayUntil;
    if (this.delayMessages > 0) this.delayMessages--;
    if (!delayed && this.held.length === 0) return this.inner.write(out);
    // Kept past this call: a copy, since the Transport contract lets a caller reuse its buffer.
    this.held.push({ due: delayed ? now + this.delayMs : now, buf: Buffer.from(out) });
    this.schedule();
    return true;
  }

  close(): void {
    if (this.held.length > 0) {
      this.closeWhenFlushed = true;
      return;
    }
    this.inner.close();
  }

  destroy(reason?: string): void {
    this.forgetHeld();
    this.inner.destroy(reason);
  }

  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.inner.on(event, fn);
  }

  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.inner.off(event, fn);
  }

  private schedule(): void {
    if (this.timer !== undefined || this.held.length === 0) return;
    const wait = Math.max(0, this.held[0]!.due - this.timers.now());
    this.timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const now = this.timers.now();
    while (this.held.length > 0 && this.held[0]!.due <= now) this.inner.write(this.held.shift()!.buf);
    if (this.held.length > 0) this.schedule();
    else if (this.closeWhenFlushed) this.inner.close();
  }

  private forgetHeld(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.held.length = 0;
  }
}
