
/** Receives whole frames (one message each) and the bytes the framer had to throw away. */
export interface FrameSink {
  /** buf[start, end) is one message from 8= through the SOH after 10=nnn. Valid only during the call. */
  onFrame(buf: Buffer, start: number, end: number): void;
  /** Bytes dropped to resynchronise, and why. Never fatal: framing resumes at the next message start. */
  onGarbled(reason: string, bytes: Buffer): void;
}

export interface FramerOptions {
  /** A BodyLength above this is treated as garbage rather than waited for (default 1 MiB). */
  maxMessageBytes?: number;
}

// Local literals rather than imports: V8 does not constant-fold imported bindings in hot loops.
const SOH = 0x01;
const EQ = 0x3d;
const BEGIN = Buffer.from('8=FIX', 'latin1');
const RESYNC = Buffer.from('\x018=FIX', 'latin1');
/** "8=FIXT.1.1" is the longest BeginString; a header is 8=…SOH9=…SOH. */
const MAX_HEADER = 32;

/**
 * Splits a TCP byte stream into FIX messages by BodyLength, across and within chunks. A message whose BodyLength
 * does not lead to "10=nnn<SOH>" is dropped and framing resumes at the next "8=FIX"; an overstated BodyLength
 * cannot stall the stream, because a well-framed message starting inside the awaited range ends the wait.
 */
export class FixFramer {
  private pending: Buffer = Buffer.alloc(0);
  private readonly maxMessageBytes: number;

  constructor(
    private readonly sink: FrameSink,
    options: FramerOptions = {},
  ) {
    this.maxMessageBytes = options.maxMessageBytes ?? 1 << 20;
  }

  /** Bytes held waiting for the rest of a message. */
  get buffered(): number {
    return this.pending.length;
  }

  push(chunk: Buffer): void {
    const buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const rest = this.drain(buf);
    // Copy the tail: the caller may reuse its chunk buffer after push returns.
    this.pending = rest < buf.length ? Buffer.from(buf.subarray(rest)) : Buffer.alloc(0);
  }

  /** Drop anything buffered (the connection went away). */
  clear(): void {
    this.pending = Buffer.alloc(0);
  }

  private drain(buf: Buffer): number {
    let p = 0;
    const len = buf.length;
    while (p < len) {
      if (!startsWithBegin(buf, p)) {
        if (len - p < BEGIN.length && BEGIN.subarray(0, len - p).equals(buf.subarray(p))) return p;
        p = this.skipTo(buf, p, nextStart(buf, p), 'data before 8=FIX');
        continue;
      }
      const frameEnd = measure(buf, p, this.maxMessageBytes);
      if (frameEnd === NEED_MORE) {
        const next = nextStart(buf, p);
        if (next < len && measure(buf, next, this.maxMessageBytes) > 0) {
          p = this.skipTo(buf, p, next, 'message cut short by the next message');
          continue;
        }
        return p;
      }
      if (frameEnd < 0) {
        p = this.skipTo(buf, p, nextStart(buf, p), frameEnd === BAD_LENGTH ? 'bad BodyLength' : 'no 10= where BodyLength ends');
        continue;
      }
      this.sink.onFrame(buf, p, frameEnd);
      p = frameEnd;
    }
    return p;
  }

  private skipTo(buf: Buffer, from: number, to: number, reason: string): number {
    this.sink.onGarbled(reason, Buffer.from(buf.subarray(from, to)));
    return to;
  }
}

const NEED_MORE = 0;
const BAD_LENGTH = -1;
const BAD_TRAILER = -2;

function startsWithBegin(buf: Buffer, p: number): boolean {
  return buf[p] === 0x38 && buf[p + 1] === EQ && buf[p + 2] === 0x46 && buf[p + 3] === 0x49 && buf[p + 4] === 0x58;
}

/**
 * Where the next candidate message starts after p: the byte after a SOH that begins "8=FIX". With none in the
 * buffer, keep a tail that may be the first bytes of one split across chunks; otherwise the whole rest goes.
 */
function nextStart(buf: Buffer, p: number): number {
  const i = buf.indexOf(RESYNC, p);
  if (i >= 0) return i + 1;
  const len = buf.length;
  for (let k = Math.max(p, len - RESYNC.length); k < len; k++) {
    if (buf[k] === SOH && BEGIN.subarray(0, len - k - 1).equals(buf.subarray(k + 1))) return k + 1;
  }
  return len;
}

/** End offset of the message at p, NEED_MORE, BAD_LENGTH or BAD_TRAILER. */
function measure(buf: Buffer, p: number, maxBytes: number): number {
  const len = buf.length;
  let q = p + 2;
  const headerLimit = Math.min(len, p + MAX_HEADER);
  while (q < headerLimit && buf[q] !== SOH) q++;
  if (q >= headerLimit) return len - p < MAX_HEADER ? NEED_MORE : BAD_LENGTH;
  q++;
  if (q + 2 > len) return NEED_MORE;
  if (buf[q] !== 0x39 || buf[q + 1] !== EQ) return BAD_LENGTH;
  q += 2;
  let bodyLength = 0;
  let digits = 0;
  while (q < len && buf[q] !== SOH) {
    const d = buf[q]! - 0x30;
    if (d < 0 || d > 9 || ++digits > 7) return BAD_LENGTH;
    bodyLength = bodyLength * 10 + d;
    q++;
  }
  if (q >= len) return NEED_MORE;
  if (digits === 0 || bodyLength > maxBytes) return BAD_LENGTH;
  const trailer = q + 1 + bodyLength;
  const end = trailer + 7;
  if (end > len) return NEED_MORE;
  if (buf[trailer] !== 0x31 || buf[trailer + 1] !== 0x30 || buf[trailer + 2] !== EQ || buf[end - 1] !== SOH) {
    return BAD_TRAILER;
  }
  return end;
}
