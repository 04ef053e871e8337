import { formatDecimal } from './decimal.js';

const SOH = 1;
/** Room before the body for "8=FIX.4.4<SOH>9=nnnnnnn<SOH>", written once the body length is known. */
const RESERVE = 32;
const POW10: readonly number[] = Array.from({ length: 18 }, (_, i) => 10 ** i);
const TWO_53 = 9007199254740992;

/** A value the encoder can write: text as is (ASCII), numbers in shortest exact decimal, booleans as Y/N. */
export type FieldValue = string | number | boolean;

/**
 * Builds one FIX message at a time into a reused buffer: fields are appended in the order written, the running
 * byte sum is kept as bytes are written, and BeginString/BodyLength are put in front at the end. `finish()`
 * returns a view that stays valid until the next `begin()`; copy it to keep it.
 * Values are checked for SOH and non-ASCII bytes: a value can never inject a field.
 */
export class FixEncoder {
  private buf: Buffer;
  private pos = RESERVE;
  private sum = 0;
  private readonly beginPrefix: Buffer;
  private readonly beginSum: number;
  private readonly tagBytes: Array<Buffer | undefined> = [];
  private readonly tagSums: number[] = [];

  constructor(beginString = 'FIX.4.4', capacity = 4096) {
    this.buf = Buffer.allocUnsafe(Math.max(capacity, 256));
    this.beginPrefix = Buffer.from(`8=${beginString}\x019=`, 'latin1');
    this.beginSum = byteSum(this.beginPrefix);
  }

  /** Start a message: writes 35=MsgType. Header fields (49, 56, 34, 52…) follow as ordinary fields. */
  begin(msgType: string): this {
    this.pos = RESERVE;
    this.sum = 0;
    return this.str(35, msgType);
  }

  str(tag: number, value: string): this {
    const n = value.length;
    this.tag(tag, n + 1);
    const buf = this.buf;
    let pos = this.pos;
    let sum = this.sum;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c === SOH || c > 0x7e) this.rejectChar(tag, c);
      buf[pos++] = c;
      sum += c;
    }
    buf[pos++] = SOH;
    this.pos = pos;
    this.sum = sum + SOH;
    return this;
  }

  /** A whole number (Int, SeqNum, Length, NumInGroup, or a whole Qty/Price). */
  int(tag: number, value: number): this {
    if (!Number.isSafeInteger(value)) return this.str(tag, formatDecimal(value));
    this.tag(tag, 22);
    if (value < 0) {
      this.put(0x2d);
      value = -value;
    }
    this.digits(value, 0);
    this.put(SOH);
    return this;
  }

  /** A decimal (Price, Qty, Amt…) in the shortest text that reads back as the same double, never an exponent. */
  num(tag: number, value: number): this {
    if (Number.isInteger(value) && Math.abs(value) < TWO_53) return this.int(tag, value);
    if (!Number.isFinite(value)) throw new RangeError(`tag ${tag}: cannot write ${value} as a FIX number`);
    const a = value < 0 ? -value : value;
    for (let k = 1; k <= 17; k++) {
      const p = POW10[k]!;
      const m = a * p;
      if (m >= TWO_53) break;
      const r = m < 2147483647 ? (m + 0.5) | 0 : Math.floor(m + 0.5);
      if (r / p === a) {
        this.tag(tag, 24);
        if (value < 0) this.put(0x2d);
        this.digits(r, k);
        this.put(SOH);
        return this;
      }
    }
    return this.str(tag, formatDecimal(value));
  }

  bool(tag: number, value: boolean): this {
    return this.str(tag, value ? 'Y' : 'N');
  }

  field(tag: number, value: FieldValue): this {
    if (typeof value === 'string') return this.str(tag, value);
    if (typeof value === 'number') return this.num(tag, value);
    return this.bool(tag, value);
  }

  /** Copy already-encoded fields (each "tag=value<SOH>") verbatim, e.g. a stored message's body on resend. */
  bytes(src: Uint8Array, start = 0, end = src.length): this {
    const n = end - start;
    this.ensure(n);
    const buf = this.buf;
    let pos = this.pos;
    let sum = this.sum;
    for (let i = start; i < end; i++) {
      const c = src[i]!;
      buf[pos++] = c;
      sum += c;
    }
    this.pos = pos;
    this.sum = sum;
    return this;
  }

  /** Complete the message: BeginString and BodyLength in front, CheckSum behind. A view into the reused buffer. */
  finish(): Buffer {
    const bodyLength = this.pos - RESERVE;
    let lenDigits = 1;
    while (lenDigits < 8 && bodyLength >= POW10[lenDigits]!) lenDigits++;
    const start = RESERVE - 1 - lenDigits - this.beginPrefix.length;
    this.beginPrefix.copy(this.buf, start);
    let sum = this.sum + this.beginSum + SOH;
    let v = bodyLength;
    for (let i = RESERVE - 2; i >= RESERVE - 1 - lenDigits; i--) {
      const d = v % 10;
      this.buf[i] = 0x30 + d;
      sum += 0x30 + d;
      v = (v - d) / 10;
    }
    this.buf[RESERVE - 1] = SOH;
    this.ensure(7);
    const cs = sum & 255;
    const b = this.buf;
    let pos = this.pos;
    b[pos++] = 0x31;
    b[pos++] = 0x30;
    b[pos++] = 0x3d;
    b[pos++] = 0x30 + ((cs / 100) | 0);
    b[pos++] = 0x30 + (((cs / 10) | 0) % 10);
    b[pos++] = 0x30 + (cs % 10);
    b[pos++] = SOH;
    return b.subarray(start, pos);
  }

  private tag(tag: number, valueRoom: number): void {
    let bytes = this.tagBytes[tag];
    if (bytes === undefined) {
      if (!Number.isInteger(tag) || tag <= 0) throw new RangeError(`invalid FIX tag ${tag}`);
      bytes = Buffer.from(`${tag}=`, 'latin1');
      this.tagBytes[tag] = bytes;
      this.tagSums[tag] = byteSum(bytes);
    }
    this.ensure(bytes.length + valueRoom);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < bytes.length; i++) buf[pos++] = bytes[i]!;
    this.pos = pos;
    this.sum += this.tagSums[tag]!;
  }

  private put(c: number): void {
    this.buf[this.pos++] = c;
    this.sum += c;
  }

  /** Write a non-negative integer r as decimal text with a point `decimals` places from the right. */
  private digits(r: number, decimals: number): void {
    let n = 1;
    while (n < 17 && r >= POW10[n]!) n++;
    if (n <= decimals) n = decimals + 1;
    const width = decimals > 0 ? n + 1 : n;
    const buf = this.buf;
    let i = this.pos + width - 1;
    let sum = this.sum;
    let written = 0;
    while (written < n) {
      if (decimals > 0 && written === decimals) {
        buf[i--] = 0x2e;
        sum += 0x2e;
      }
      let d: number;
      if (r < 2147483647) {
        const q = (r / 10) | 0;
        d = r - q * 10;
        r = q;
      } else {
        const q = Math.floor(r / 10);
        d = r - q * 10;
        r = q;
      }
      buf[i--] = 0x30 + d;
      sum += 0x30 + d;
      written++;
    }
    this.pos += width;
    this.sum = sum;
  }

  private ensure(room: number): void {
    if (this.pos + room + 8 <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + room + 64));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }

  private rejectChar(tag: number, c: number): never {
    const what = c === SOH ? 'SOH (field delimiter)' : `character code ${c}`;
    throw new RangeError(`tag ${tag}: value contains ${what}; FIX text fields must be printable ASCII`);
  }
}

function byteSum(b: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < b.length; i++) s += b[i]!;
  return s;
}
