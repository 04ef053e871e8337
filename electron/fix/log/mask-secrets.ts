// Secret masking for everything the engine writes outside the process (message logs, the message store on disk,
// the inspector). Runs BEFORE a message reaches any sink, so a clear-text credential never touches disk.

import { MASK, SECRET_TAGS } from '../codec/secret-tags.js';

export { MASK, SECRET_TAGS };

const SOH = 0x01;
const EQUALS = 0x3d;
const RAW_DATA_LENGTH = 95;
const RAW_DATA = 96;

/** What the scanner needs from a Buffer or a string: both keep the FIX punctuation (SOH, '=', digits) as
 * single code units, so one scan serves both. */
interface Scannable {
  readonly length: number;
  codeAt(i: number): number;
  indexOfSoh(from: number): number;
}

/** Half-open [start, end) ranges of secret values, in order. */
function findSecretRanges(src: Scannable): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  let rawDataLength = -1; // value of a 95 immediately before the current field, else -1
  while (pos < src.length) {
    const fieldEnd = endOf(src.indexOfSoh(pos), src.length);
    const tag = parseTag(src, pos, fieldEnd);
    if (tag === undefined) {
      rawDataLength = -1;
      pos = fieldEnd + 1;
      continue;
    }
    const valueStart = tag.eq + 1;
    let valueEnd = fieldEnd;
    // A data field may hold SOH; its length field (95) says where it really ends. Trust the length only when a
    // SOH (or the end) is where it says, else fall back to the next SOH.
    if (tag.num === RAW_DATA && rawDataLength >= 0) {
      const declaredEnd = valueStart + rawDataLength;
      if (declaredEnd === src.length || (declaredEnd < src.length && src.codeAt(declaredEnd) === SOH)) {
        valueEnd = declaredEnd;
      }
    }
    if (SECRET_TAGS.has(tag.num)) ranges.push([valueStart, valueEnd]);
    rawDataLength = tag.num === RAW_DATA_LENGTH ? parseLength(src, valueStart, valueEnd) : -1;
    pos = valueEnd + 1;
  }
  return ranges;
}

function endOf(index: number, length: number): number {
  return index < 0 ? length : index;
}

/** A field's tag: all digits between the field start and the first '='. Leading zeros are read numerically
 * (0554 is 554) because a lenient parser on the other end would read it that way. */
function parseTag(src: Scannable, start: number, end: number): { num: number; eq: number } | undefined {
  let num = 0;
  let i = start;
  for (; i < end; i++) {
    const c = src.codeAt(i);
    if (c === EQUALS) break;
    if (c < 0x30 || c > 0x39) return undefined;
    num = num * 10 + (c - 0x30);
    if (num > 0xffffffff) return undefined;
  }
  if (i === start || i >= end) return undefined;
  return { num, eq: i };
}

function parseLength(src: Scannable, start: number, end: number): number {
  if (start === end || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = src.codeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

function bufferScannable(buf: Buffer): Scannable {
  return { length: buf.length, codeAt: (i) => buf[i] ?? -1, indexOfSoh: (from) => buf.indexOf(SOH, from) };
}

function stringScannable(s: string): Scannable {
  return { length: s.length, codeAt: (i) => s.charCodeAt(i), indexOfSoh: (from) => s.indexOf('\x01', from) };
}

/**
 * The message with the values of the secret tags (554, 5025, 96, 91, 925) replaced by `***`. A tag counts only as a whole tag (at the
 * start or right after SOH: 1554= is not 554=). A Buffer is read byte for byte as latin1, so the result maps 1:1
 * back to the original bytes with `Buffer.from(result, 'latin1')`.
 */
export function maskSecrets(raw: Buffer | string): string {
  if (typeof raw === 'string') {
    return splice(raw, findSecretRanges(stringScannable(raw)));
  }
  return maskSecretsBuffer(raw).toString('latin1');
}

/** Byte-level variant for the hot path (message store): returns the very same Buffer when there is nothing to mask. */
export function maskSecretsBuffer(raw: Buffer): Buffer {
  const ranges = findSecretRanges(bufferScannable(raw));
  if (ranges.length === 0) return raw;
  const parts: Buffer[] = [];
  const mask = Buffer.from(MASK, 'latin1');
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(raw.subarray(from, start), mask);
    from = end;
  }
  parts.push(raw.subarray(from));
  return Buffer.concat(parts);
}

function splice(s: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return s;
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += s.slice(from, start) + MASK;
    from = end;
  }
  return out + s.slice(from);
}
