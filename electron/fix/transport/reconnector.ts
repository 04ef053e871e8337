// Keeps an initiator connected: connects, and when the connection fails or ends, waits a backoff delay and tries
// again until stop(). Owned by the session's connection supervisor in the main process; the session decides what a
// connection is for (logon etc.) and tells the reconnector about rejected logons via noteAuthFailure().
import { backoffDelay, resolveBackoff, type BackoffOptions, type ResolvedBackoff } from './backoff.js';
import { TypedEmitter } from './typed-emitter.js';
import type { Transport } from './transport.js';

export interface ReconnectClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReconnectorOptions extends BackoffOptions {
  /** One attempt, e.g. `() => connector.connect()`. */
  connect: () => Promise<Transport>;
  /** A connection that lasted this long (default 30 000 ms) resets the backoff to the first step. */
  stableAfterMs?: number;
  /** Added to the next delay after noteAuthFailure() (default 30 000 ms): hammering a venue with bad credentials
   * can get the key locked. */
  authFailurePenaltyMs?: number;
  random?: () => number;
  clock?: ReconnectClock;
}

export interface ReconnectorEvents {
  connected(transport: Transport, attempt: number): void;
  connectFailed(error: Error, attempt: number): void;
  /** The next attempt (numbered) starts in delayMs; for a countdown in the UI. */
  reconnectScheduled(delayMs: number, attempt: number): void;
}

const realClock: ReconnectClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class Reconnector extends TypedEmitter<ReconnectorEvents> {
  private readonly backoff: ResolvedBackoff;
  private readonly stableAfterMs: number;
  private readonly penaltyMs: number;
  private readonly random: () => number;
  private readonly clock: ReconnectClock;
  private running = false;
  /** Bumped by start() and stop() so a result from an earlier run is recognised as stale. */
  private generation = 0;
  private attempt = 0;
  private consecutiveFailures = 0;
  private penaltyDue = false;
  private authFailedThisConnection = false;
  private timer: unknown;
  private scheduledAt = 0;
  private scheduledDelay = 0;
  private current: Transport | undefined;

  constructor(private readonly options: ReconnectorOptions) {
    super();
    if (typeof options.connect !== 'function') throw new TypeError('Reconnector: connect must be a function');
    this.backoff = resolveBackoff(options);
    this.stableAfterMs = nonNegative('stableAfterMs', options.stableAfterMs ?? 30_000);
    this.penaltyMs = nonNegative('authFailurePenaltyMs', options.authFailurePenaltyMs ?? 30_000);
    this.random = options.random ?? Math.random;
    this.clock = options.clock ?? realClock;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Consecutive failed attempts or short-lived connections since the last stable one. */
  get failures(): number {
    return this.consecutiveFailures;
  }

  /** Starts connecting now. No-op when already running. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    this.attempt = 0;
    this.consecutiveFailures = 0;
    this.attemptNow();
  }

  /** Cancels a scheduled attempt; a connection still being made is dropped when it completes. A transport already
   * handed out via 'connected' stays the session's to close. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.cancelTimer();
  }

  /** The session's logon was refused: the next delay carries the penalty and this connection never counts as stable.
   * If the retry is already scheduled, it is pushed back. */
  noteAuthFailure(): void {
    this.authFailedThisConnection = true;
    this.penaltyDue = true;
    if (this.timer === undefined) return;
    const remaining = Math.max(0, this.scheduledAt + this.scheduledDelay - this.clock.now());
    this.cancelTimer();
    this.schedule(remaining);
  }

  private attemptNow(): void {
    this.timer = undefined;
    const attempt = ++this.attempt;
    const generation = this.generation;
    let pending: Promise<Transport>;
    try {
      pending = this.options.connect();
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (transport) => this.onConnected(transport, attempt, generation),
      (err: unknown) => this.onFailed(err instanceof Error ? err : new Error(String(err)), attempt, generation),
    );
  }

  private onConnected(transport: Transport, attempt: number, generation: number): void {
    if (generation !== this.generation) {
      transport.destroy('reconnector stopped');
      return;
    }
    const connectedAt = this.clock.now();
    this.current = transport;
    this.authFailedThisConnection = false;
    transport.on('disconnected', () => {
      if (this.current !== transport) return;
      this.current = undefined;
      const stable = this.clock.now() - connectedAt >= this.stableAfterMs && !this.authFailedThisConnection;
      this.consecutiveFailures = stable ? 1 : this.consecutiveFailures + 1;
      if (this.running && generation === this.generation) this.schedule();
    });
    this.emit('connected', transport, attempt);
  }

  private onFailed(error: Error, attempt: number, generation: number): void {
    if (generation !== this.generation) return;
    this.consecutiveFailures++;
    this.emit('connectFailed', error, attempt);
    // A listener may have called stop().
    if (generation === this.generation) this.schedule();
  }

  /** `drawn`: a delay already drawn (when re-scheduling), else a fresh one is drawn. */
  private schedule(drawn?: number): void {
    let delay = drawn ?? backoffDelay(this.consecutiveFailures, this.backoff, this.random);
    if (this.penaltyDue) {
      delay += this.penaltyMs;
      this.penaltyDue = false;
    }
    this.scheduledAt = this.clock.now();
    this.scheduledDelay = delay;
    this.timer = this.clock.setTimeout(() => this.attemptNow(), delay);
    this.emit('reconnectScheduled', delay, this.attempt + 1);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function nonNegative(name: string, v: number): number {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`Reconnector: ${name} must be >= 0, got ${String(v)}`);
  return v;
}
