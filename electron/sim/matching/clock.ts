// The engine reads time only through this (epoch ms, UTC), so tests and replays drive GTD expiry, EffectiveTime
// and TransactTime with a fake clock. Structurally a subset of the FIX session's SessionClock.

export interface MatchingClock {
  now(): number;
}

export const systemMatchingClock: MatchingClock = { now: () => Date.now() };
