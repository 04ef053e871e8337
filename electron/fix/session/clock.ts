// Time for the session: wall-clock reads (SendingTime, accuracy checks, the daily reset) and timers (heartbeat,
// test request, logon/logout timeouts). Injected so unit tests drive a fake clock; the shape matches the
// transport's ReconnectClock so one fake serves both.

export interface SessionClock {
  /** Epoch milliseconds, UTC. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: SessionClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Lets the event loop run other work (socket reads, timers) between chunks of a long resend. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
