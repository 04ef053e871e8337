// Replays a store file on open. Reads in large chunks (a day of traffic can be millions of records) and stops at
// the first record that is incomplete or fails its CRC: everything from there on is an unfinished write.
import fs from 'node:fs';
import { decodeHeader, HEADER_SIZE, recordCrc, type RecordHeader } from './store-record.js';

export interface ScannedRecord extends RecordHeader {
  /** File offset of the record header. */
  offset: number;
  /** A view into the scanner's read buffer, valid only during the visit call. */
  payload: Buffer;
}

const CHUNK = 1024 * 1024;

/** Visits each valid record in file order; returns the length of the valid prefix of the file. */
export function scanRecords(fd: number, size: number, visit: (record: ScannedRecord) => void): number {
  let window = Buffer.alloc(0);
  let windowStart = 0;
  let offset = 0;

  // The window holding bytes [offset, offset + n), or undefined if the file ends first.
  const ensure = (n: number): Buffer | undefined => {
    if (offset + n > size) return undefined;
    if (offset >= windowStart && offset + n <= windowStart + window.length) return window;
    window = Buffer.allocUnsafe(Math.min(Math.max(CHUNK, n), size - offset));
    readFully(fd, window, offset);
    windowStart = offset;
    return window;
  };

  while (offset < size) {
    const head = ensure(HEADER_SIZE);
    if (!head) break;
    const header = decodeHeader(head, offset - windowStart);
    if (!header) break;
    const whole = ensure(HEADER_SIZE + header.length);
    if (!whole) break;
    const at = offset - windowStart;
    const payload = whole.subarray(at + HEADER_SIZE, at + HEADER_SIZE + header.length);
    if (recordCrc(whole.subarray(at, at + 9), payload) !== header.crc) break;
    visit({ ...header, offset, payload });
    offset += HEADER_SIZE + header.length;
  }
  return offset;
}

export function readFully(fd: number, into: Buffer, position: number): void {
  let done = 0;
  while (done < into.length) {
    const n = fs.readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`message store: unexpected end of file at offset ${position + done}`);
    done += n;
  }
}
