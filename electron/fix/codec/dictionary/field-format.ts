// Value checks straight on the wire bytes (no string per field): the validator runs on every inbound message.
// Rules follow the FIX 4.4 data types; where engines differ we take QuickFIX's reading (noted per rule).
import { internLatin1 } from '../intern.js';
import type { FieldType } from './types.js';

export const FORMAT_ANY = 0;
export const FORMAT_INT = 1;
export const FORMAT_UINT = 2;
export const FORMAT_DECIMAL = 3;
export const FORMAT_CHAR = 4;
export const FORMAT_BOOLEAN = 5;
export const FORMAT_TIMESTAMP = 6;
export const FORMAT_TIME_ONLY = 7;
export const FORMAT_DATE = 8;
export const FORMAT_MONTH_YEAR = 9;
export const FORMAT_DAY_OF_MONTH = 10;
export const FORMAT_MULTI_CHAR = 11;
export const FORMAT_MULTI_STRING = 12;

const FORMAT_NAMES = [
  'text',
  'an integer',
  'a non-negative integer',
  'a decimal number without exponent',
  'a single character',
  'Y or N',
  'a UTC timestamp YYYYMMDD-HH:MM:SS[.sss]',
  'a UTC time HH:MM:SS[.sss]',
  'a date YYYYMMDD',
  'a month-year YYYYMM[DD|wN]',
  'a day of month 1-31',
  'single characters separated by spaces',
  'values separated by single spaces',
];

export function formatOf(type: FieldType): number {
  switch (type) {
    case 'INT':
      return FORMAT_INT;
    case 'LENGTH':
    case 'SEQNUM':
    case 'NUMINGROUP':
    case 'TAGNUM':
      return FORMAT_UINT;
    case 'FLOAT':
    case 'QTY':
    case 'PRICE':
    case 'PRICEOFFSET':
    case 'AMT':
    case 'PERCENTAGE':
      return FORMAT_DECIMAL;
    case 'CHAR':
      return FORMAT_CHAR;
    case 'BOOLEAN':
      return FORMAT_BOOLEAN;
    case 'UTCTIMESTAMP':
    case 'TIME':
      return FORMAT_TIMESTAMP;
    case 'UTCTIMEONLY':
      return FORMAT_TIME_ONLY;
    case 'UTCDATEONLY':
    case 'UTCDATE':
    case 'LOCALMKTDATE':
    case 'DATE':
      return FORMAT_DATE;
    case 'MONTHYEAR':
      return FORMAT_MONTH_YEAR;
    case 'DAYOFMONTH':
      return FORMAT_DAY_OF_MONTH;
    case 'MULTIPLECHARVALUE':
      return FORMAT_MULTI_CHAR;
    case 'MULTIPLESTRINGVALUE':
    case 'MULTIPLEVALUESTRING':
      return FORMAT_MULTI_STRING;
    default:
      // STRING, DATA, CURRENCY, EXCHANGE, COUNTRY, LANGUAGE, TZ*: QuickFIX checks no format for these either.
      // CURRENCY is not held to 3 letters: crypto venues send codes such as USDT.
      return FORMAT_ANY;
  }
}

export function formatName(format: number): string {
  return FORMAT_NAMES[format] ?? 'text';
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

function digitsAt(buf: Buffer, p: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = buf[p + i];
    if (!isDigit(c)) return -1;
    v = v * 10 + (c! - 0x30);
  }
  return v;
}

function allDigits(buf: Buffer, s: number, e: number): boolean {
  if (e <= s) return false;
  for (let p = s; p < e; p++) if (!isDigit(buf[p])) return false;
  return true;
}

/** HH:MM:SS[.fff|.ffffff|.fffffffff] at buf[s, e) (QuickFIX accepts 0, 3, 6 or 9 fraction digits). */
function isTimeOfDay(buf: Buffer, s: number, e: number): boolean {
  const len = e - s;
  if (len !== 8 && len !== 12 && len !== 15 && len !== 18) return false;
  if (buf[s + 2] !== 0x3a || buf[s + 5] !== 0x3a) return false;
  const h = digitsAt(buf, s, 2);
  const m = digitsAt(buf, s + 3, 2);
  const sec = digitsAt(buf, s + 6, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 60) return false;
  if (len === 8) return true;
  return buf[s + 8] === 0x2e && allDigits(buf, s + 9, e);
}

function isDate(buf: Buffer, s: number): boolean {
  const y = digitsAt(buf, s, 4);
  const mo = digitsAt(buf, s + 4, 2);
  const d = digitsAt(buf, s + 6, 2);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function isDecimal(buf: Buffer, s: number, e: number): boolean {
  let p = s;
  if (buf[p] === 0x2d) p++;
  let digits = 0;
  let dot = false;
  for (; p < e; p++) {
    const c = buf[p]!;
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e && !dot) dot = true;
    else return false;
  }
  return digits > 0;
}

/** Tokens separated by single spaces, none empty; with `singleChar`, every token is one character. */
function isSpaceList(buf: Buffer, s: number, e: number, singleChar: boolean): boolean {
  let tokenStart = s;
  for (let p = s; p <= e; p++) {
    if (p === e || buf[p] === 0x20) {
      const len = p - tokenStart;
      if (len === 0 || (singleChar && len !== 1)) return false;
      tokenStart = p + 1;
    }
  }
  return true;
}

/** Does the non-empty value buf[s, e) have the shape its type requires? */
export function isWellFormed(format: number, buf: Buffer, s: number, e: number): boolean {
  switch (format) {
    case FORMAT_INT:
      return buf[s] === 0x2d ? allDigits(buf, s + 1, e) : allDigits(buf, s, e);
    case FORMAT_UINT:
      return allDigits(buf, s, e);
    case FORMAT_DECIMAL:
      return isDecimal(buf, s, e);
    case FORMAT_CHAR:
      return e - s === 1;
    case FORMAT_BOOLEAN:
      return e - s === 1 && (buf[s] === 0x59 || buf[s] === 0x4e);
    case FORMAT_TIMESTAMP:
      return e - s >= 17 && isDate(buf, s) && buf[s + 8] === 0x2d && isTimeOfDay(buf, s + 9, e);
    case FORMAT_TIME_ONLY:
      return isTimeOfDay(buf, s, e);
    case FORMAT_DATE:
      return e - s === 8 && isDate(buf, s);
    case FORMAT_MONTH_YEAR: {
      const len = e - s;
      const y = digitsAt(buf, s, 4);
      const mo = digitsAt(buf, s + 4, 2);
      if (len < 6 || y < 0 || mo < 1 || mo > 12) return false;
      if (len === 6) return true;
      if (len === 8 && buf[s + 6] === 0x77) return buf[s + 7]! >= 0x31 && buf[s + 7]! <= 0x35;
      return len === 8 && isDate(buf, s);
    }
    case FORMAT_DAY_OF_MONTH: {
      const len = e - s;
      const d = len <= 2 ? digitsAt(buf, s, len) : -1;
      return d >= 1 && d <= 31;
    }
    case FORMAT_MULTI_CHAR:
      return isSpaceList(buf, s, e, true);
    case FORMAT_MULTI_STRING:
      return isSpaceList(buf, s, e, false);
    default:
      return true;
  }
}

function valueIn(values: ReadonlySet<string>, bytes: Uint8Array, buf: Buffer, s: number, e: number): boolean {
  return e - s === 1 ? bytes[buf[s]!] === 1 : values.has(internLatin1(buf, s, e));
}

/**
 * Is the (well-formed) value one of the enum values? Multiple-value types are space-separated lists: each
 * element must be a value. One-byte values are looked up in the byte map; longer ones come from the intern
 * cache, so repeated values do not allocate.
 */
export function isEnumValue(
  values: ReadonlySet<string>,
  bytes: Uint8Array,
  format: number,
  buf: Buffer,
  s: number,
  e: number,
): boolean {
  if (format !== FORMAT_MULTI_CHAR && format !== FORMAT_MULTI_STRING) return valueIn(values, bytes, buf, s, e);
  let tokenStart = s;
  for (let p = s; p <= e; p++) {
    if (p === e || buf[p] === 0x20) {
      if (!valueIn(values, bytes, buf, tokenStart, p)) return false;
      tokenStart = p + 1;
    }
  }
  return true;
}

/** The first element of a multiple-value list that is not an enum value (for the reject text). */
export function firstBadElement(values: ReadonlySet<string>, text: string): string {
  for (const token of text.split(' ')) if (!values.has(token)) return token;
  return text;
}
