// Reads the last lines of an append-only file without reading all of it: an audit file grows for years, and a
// restart needs only the newest entries (for list()) and the last seq.
import fs from 'node:fs';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

export interface FileTail {
  /** Up to `maxLines` complete (newline-terminated) lines, oldest first, without their newline. */
  readonly lines: string[];
  /** Text after the last newline: a line whose write was cut short by a crash; null when the file ends cleanly. */
  readonly unterminated: string | null;
}

export function readTail(fd: number, size: number, maxLines: number): FileTail {
  const chunks: Buffer[] = [];
  let pos = size;
  let newlines = 0;
  // One newline more than lines wanted: the bytes before the oldest wanted line's start must be seen.
  while (pos > 0 && newlines <= maxLines) {
    const len = Math.min(CHUNK, pos);
    pos -= len;
    const buf = Buffer.allocUnsafe(len);
    let done = 0;
    while (done < len) {
      const n = fs.readSync(fd, buf, done, len - done, pos + done);
      if (n === 0) throw new Error(`audit file shrank while being read (at byte ${pos + done})`);
      done += n;
    }
    for (let i = 0; i < len; i++) if (buf[i] === NEWLINE) newlines++;
    chunks.unshift(buf);
  }
  const parts = Buffer.concat(chunks).toString('utf8').split('\n');
  const last = parts.pop() ?? '';
  // Unless the read reached the file's start, the first part is the tail end of an older line.
  if (pos > 0) parts.shift();
  return { lines: parts.slice(Math.max(0, parts.length - maxLines)), unterminated: last.length > 0 ? last : null };
}
