// When a trade happened: Kraken's MDEntryTime (273) is a time of day only (HH:MM:SS.sss, UTC, spec §1.8); with an
// MDEntryDate (272, YYYYMMDD) the moment is exact, without one it is the occurrence of that time of day nearest to
// our clock (a print stamped 23:59:59.900 received just after midnight belongs to yesterday).

const DAY_MS = 86_400_000;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Epoch ms of an entry, or `now` when the time is absent or unreadable. */
export function entryTime(time: string | undefined, date: string | undefined, now: number): number {
  if (time === undefined) return now;
  const t = TIME.exec(time);
  if (t === null) return now;
  const ms = (t[4] ?? '0').padEnd(3, '0').slice(0, 3);
  const ofDay = ((Number(t[1]) * 60 + Number(t[2])) * 60 + Number(t[3])) * 1000 + Number(ms);
  if (ofDay >= DAY_MS) return now;
  const d = date === undefined ? null : DATE.exec(date);
  if (d !== null) return Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) + ofDay;
  const today = Math.floor(now / DAY_MS) * DAY_MS + ofDay;
  let best = today;
  for (const candidate of [today - DAY_MS, today + DAY_MS]) {
    if (Math.abs(candidate - now) < Math.abs(best - now)) best = candidate;
  }
  return best;
}
