// Time sources of the synthetic market, injectable so tests drive ticks by hand and never wait.

export interface MarketTimers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Monotonic milliseconds, when the ticks are real: the market then issues for the time that really passed. */
  now?(): number;
}

export const systemMarketTimers: MarketTimers = {
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
  now: () => performance.now(),
};

/** Manual timers for tests: `fire()` runs every registered interval callback once; each call is one whole tick. */
export class ManualMarketTimers implements MarketTimers {
  private readonly callbacks = new Map<number, () => void>();
  private nextId = 1;

  setInterval(fn: () => void): unknown {
    const id = this.nextId++;
    this.callbacks.set(id, fn);
    return id;
  }

  clearInterval(handle: unknown): void {
    this.callbacks.delete(handle as number);
  }

  get active(): number {
    return this.callbacks.size;
  }

  fire(times = 1): void {
    for (let i = 0; i < times; i++) for (const fn of [...this.callbacks.values()]) fn();
  }
}
