// FIX UTCTimestamp: YYYYMMDD-HH:MM:SS with optional .sss (FIX 4.4 allows milliseconds; later versions more).
// Every outbound message carries one (SendingTime), so the per-second prefix is cached.

let cachedSecond = -1;
let cachedPrefix = '';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Epoch milliseconds -> "YYYYMMDD-HH:MM:SS.sss" (UTC). */
export function formatUtcTimestamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== cachedSecond) {
    const d = new Date(second * 1000);
    cachedPrefix =
      `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}-` +
      `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
    cachedSecond = second;
  }
  return `${cachedPrefix}.${pad(ms - second * 1000, 3)}`;
}

/** Epoch milliseconds -> "YYYYMMDD-HH:MM:SS" (UTC), e.g. ExpireTime on Kraken. */
export function formatUtcTimestampSeconds(ms: number): string {
  return formatUtcTimestamp(ms).slice(0, 17);
}

const PATTERN = /^(\d{4})(\d{2})(\d{2})-(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;

/** "YYYYMMDD-HH:MM:SS[.fff…]" -> epoch milliseconds, or NaN if the text is not a valid UTCTimestamp. */
export function parseUtcTimestamp(text: string): number {
  const m = PATTERN.exec(text);
  if (m === null) return NaN;
  const [, y, mo, d, h, mi, s, frac] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return NaN;
  const ms = frac === undefined ? 0 : Math.floor(Number(frac.padEnd(3, '0').slice(0, 3)));
  const t = Date.UTC(Number(y), month - 1, day, hour, minute, Math.min(second, 59), ms);
  return new Date(t).getUTCDate() === day ? t : NaN;
}
