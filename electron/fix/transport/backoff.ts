// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"): the delay is
// uniform in [0, min(max, base * multiplier^(failures-1))). Jitter matters at Kraken's 22:00 UTC rollover, when
// every client is dropped at once and would otherwise reconnect in lockstep.

export interface BackoffOptions {
  /** Ceiling of the first retry's delay (default 1000 ms). */
  baseMs?: number;
  /** Cap of the ceiling (default 60 000 ms). */
  maxMs?: number;
  /** Growth of the ceiling per consecutive failure (default 2). */
  multiplier?: number;
}

export type ResolvedBackoff = Required<BackoffOptions>;

export function resolveBackoff(o: BackoffOptions): ResolvedBackoff {
  const r = { baseMs: o.baseMs ?? 1000, maxMs: o.maxMs ?? 60_000, multiplier: o.multiplier ?? 2 };
  if (!Number.isFinite(r.baseMs) || r.baseMs < 0) throw new RangeError(`backoff: baseMs must be >= 0, got ${r.baseMs}`);
  if (!Number.isFinite(r.maxMs) || r.maxMs < r.baseMs) {
    throw new RangeError(`backoff: maxMs must be >= baseMs (${r.baseMs}), got ${r.maxMs}`);
  }
  if (!Number.isFinite(r.multiplier) || r.multiplier < 1) {
    throw new RangeError(`backoff: multiplier must be >= 1, got ${r.multiplier}`);
  }
  return r;
}

/** The ceiling after `failures` consecutive failures (failures >= 1). */
export function backoffCeiling(failures: number, o: ResolvedBackoff): number {
  // Cap the exponent too: multiplier^1000 is Infinity, and Infinity * 0 jitter would be NaN.
  const exponent = Math.min(Math.max(failures - 1, 0), 64);
  return Math.min(o.maxMs, o.baseMs * o.multiplier ** exponent);
}

/** Whole milliseconds in [0, ceiling). `random` returns [0, 1) like Math.random. */
export function backoffDelay(failures: number, o: ResolvedBackoff, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeiling(failures, o));
}
