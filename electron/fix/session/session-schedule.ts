// The venue's daily logical reset (Kraken: 22:00 UTC, sequence numbers restart at 1). Pure UTC arithmetic on
// epoch milliseconds: no local time zone, no DST, so the instant is the same on every workstation.

export interface DailyResetTime {
  /** 0..23, UTC. */
  hourUtc: number;
  /** 0..59, default 0. */
  minuteUtc?: number;
  /** 0..59, default 0. */
  secondUtc?: number;
}

/** Kraken's documented rollover (spec 1.1). */
export const KRAKEN_DAILY_RESET: DailyResetTime = { hourUtc: 22, minuteUtc: 0, secondUtc: 0 };

const DAY_MS = 86_400_000;

function offsetMs(t: DailyResetTime): number {
  const h = t.hourUtc;
  const m = t.minuteUtc ?? 0;
  const s = t.secondUtc ?? 0;
  const ok = (v: number, max: number): boolean => Number.isInteger(v) && v >= 0 && v <= max;
  if (!ok(h, 23) || !ok(m, 59) || !ok(s, 59)) {
    throw new RangeError(`daily reset time must be hh 0..23, mm 0..59, ss 0..59 UTC, got ${h}:${m}:${s}`);
  }
  return ((h * 60 + m) * 60 + s) * 1000;
}

/** The latest reset instant at or before `nowMs`. */
export function previousDailyReset(nowMs: number, t: DailyResetTime): number {
  const off = offsetMs(t);
  const dayStart = Math.floor(nowMs / DAY_MS) * DAY_MS;
  const today = dayStart + off;
  return today <= nowMs ? today : today - DAY_MS;
}

/** The first reset instant strictly after `nowMs`. */
export function nextDailyReset(nowMs: number, t: DailyResetTime): number {
  return previousDailyReset(nowMs, t) + DAY_MS;
}

/** True when a store created at `createdMs` predates the most recent reset: its sequence numbers are stale. */
export function isStaleAfterDailyReset(createdMs: number, nowMs: number, t: DailyResetTime): boolean {
  return createdMs < previousDailyReset(nowMs, t);
}
