// SendingTime (52) and OrigSendingTime (122) of every inbound message, read straight from the parsed bytes: no
// string, no RegExp match, no Date object per message. Only the canonical forms take this path
// (YYYYMMDD-HH:MM:SS and YYYYMMDD-HH:MM:SS.sss, years 1000..9999); anything else is handed to the codec's
// parseUtcTimestamp, so both give the same answer for every input (a unit test compares them).
import type { FixMessage } from '../codec/fix-message.js';
import { parseUtcTimestamp } from '../codec/timestamp.js';

const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (as Date.UTC counts them). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Two ASCII digits at p as a number, or -1. */
function two(buf: Buffer, p: number): number {
  const a = buf[p]! - 0x30;
  const b = buf[p + 1]! - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function slowAt(msg: FixMessage, i: number): number {
  return parseUtcTimestamp(msg.stringAt(i));
}

/** Epoch ms of field i's UTCTimestamp value, or NaN when it is not one (same contract as parseUtcTimestamp). */
export function timestampAt(msg: FixMessage, i: number): number {
  const buf = msg.buf;
  const s = msg.valueStarts[i]!;
  const len = msg.valueEnds[i]! - s;
  if (len !== 17 && len !== 21) return slowAt(msg, i);
  if (buf[s + 8] !== 0x2d || buf[s + 11] !== 0x3a || buf[s + 14] !== 0x3a) return slowAt(msg, i);
  const c1 = two(buf, s);
  const c2 = two(buf, s + 2);
  const month = two(buf, s + 4);
  const day = two(buf, s + 6);
  const hour = two(buf, s + 9);
  const minute = two(buf, s + 12);
  const second = two(buf, s + 15);
  let ms = 0;
  if (len === 21) {
    const d = buf[s + 20]! - 0x30;
    ms = two(buf, s + 18);
    if (buf[s + 17] !== 0x2e || ms < 0 || d < 0 || d > 9) return slowAt(msg, i);
    ms = ms * 10 + d;
  }
  if (c1 < 10 || c2 < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return slowAt(msg, i);
  const year = c1 * 100 + c2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return NaN;
  if (second > 60) return NaN;
  const secondOfDay = (hour * 60 + minute) * 60 + (second === 60 ? 59 : second);
  return daysFromCivil(year, month, day) * DAY_MS + secondOfDay * 1000 + ms;
}

/** The timestamp of the first field with this tag: NaN when absent or not a UTCTimestamp. */
export function getTimestamp(msg: FixMessage, tag: number): number {
  const i = msg.indexOf(tag);
  return i < 0 ? NaN : timestampAt(msg, i);
}
