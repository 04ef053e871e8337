import { CHAR_STRINGS, latin1, visibleSoh } from './bytes.js';
import { readDecimal, readInt, readUint } from './decimal.js';
import { internLatin1 } from './intern.js';
import { isMember, type GroupSpec } from './group-spec.js';

/**
 * A parsed FIX message as offsets into the bytes it came from: values are decoded only when read. The parser
 * reuses one instance per parse (zero-copy); call `detach()` to keep a message beyond the next parse.
 * Field order on the wire is preserved: index i is the i-th field, 8=… at 0, 10=… last.
 */
export class FixMessage {
  buf: Buffer = Buffer.alloc(0);
  start = 0;
  end = 0;
  fieldCount = 0;
  tags: Int32Array;
  valueStarts: Int32Array;
  valueEnds: Int32Array;
  private groupStarts = new Int32Array(16);
  private groupEnd = 0;

  constructor(capacity = 64) {
    this.tags = new Int32Array(capacity);
    this.valueStarts = new Int32Array(capacity);
    this.valueEnds = new Int32Array(capacity);
  }

  /** Parser-side: start a new message over buf[start, end). */
  reset(buf: Buffer, start: number, end: number): void {
    this.buf = buf;
    this.start = start;
    this.end = end;
    this.fieldCount = 0;
  }

  /** Parser-side: record one field. */
  push(tag: number, valueStart: number, valueEnd: number): void {
    const n = this.fieldCount;
    if (n === this.tags.length) this.grow();
    this.tags[n] = tag;
    this.valueStarts[n] = valueStart;
    this.valueEnds[n] = valueEnd;
    this.fieldCount = n + 1;
  }

  /** Parser-side: make room for `fields` fields so the scan loop needs no capacity checks. */
  reserve(fields: number): void {
    while (this.tags.length < fields) this.grow();
  }

  private grow(): void {
    const cap = this.tags.length * 2;
    const t = new Int32Array(cap);
    t.set(this.tags);
    this.tags = t;
    const s = new Int32Array(cap);
    s.set(this.valueStarts);
    this.valueStarts = s;
    const e = new Int32Array(cap);
    e.set(this.valueEnds);
    this.valueEnds = e;
  }

  /**
   * Index of the first field with this tag, or -1. A linear scan: header fields sit at the front and a message has
   * a few dozen fields, so this beats maintaining a tag index on every parse.
   */
  indexOf(tag: number): number {
    const tags = this.tags;
    for (let i = 0; i < this.fieldCount; i++) if (tags[i] === tag) return i;
    return -1;
  }

  /** Index of the next field with this tag at or after `from` (within `to`), or -1. */
  indexFrom(tag: number, from: number, to = this.fieldCount): number {
    for (let i = from; i < to; i++) if (this.tags[i] === tag) return i;
    return -1;
  }

  has(tag: number): boolean {
    return this.indexOf(tag) >= 0;
  }

  get msgType(): string {
    return this.internAt(2);
  }

  get seqNum(): number {
    return this.getInt(34);
  }

  tagAt(i: number): number {
    return this.tags[i]!;
  }

  stringAt(i: number): string {
    const s = this.valueStarts[i]!;
    const e = this.valueEnds[i]!;
    if (e - s === 1) return CHAR_STRINGS[this.buf[s]!]!;
    return latin1(this.buf, s, e);
  }

  /** Like stringAt, but repeated values (symbols, CompIDs, enum codes) come back as one shared string. */
  internAt(i: number): string {
    const s = this.valueStarts[i]!;
    const e = this.valueEnds[i]!;
    if (e - s === 1) return CHAR_STRINGS[this.buf[s]!]!;
    return internLatin1(this.buf, s, e);
  }

  numberAt(i: number): number {
    return readDecimal(this.buf, this.valueStarts[i]!, this.valueEnds[i]!);
  }

  intAt(i: number): number {
    return readInt(this.buf, this.valueStarts[i]!, this.valueEnds[i]!);
  }

  uintAt(i: number): number {
    return readUint(this.buf, this.valueStarts[i]!, this.valueEnds[i]!);
  }

  getString(tag: number): string | undefined {
    const i = this.indexOf(tag);
    return i < 0 ? undefined : this.stringAt(i);
  }

  /** Decimal as a double (display, charts, benchmarks); money arithmetic keeps the text via getString. */
  getNumber(tag: number): number {
    const i = this.indexOf(tag);
    return i < 0 ? NaN : this.numberAt(i);
  }

  getInt(tag: number): number {
    const i = this.indexOf(tag);
    return i < 0 ? NaN : this.intAt(i);
  }

  /** FIX Boolean: Y/N; undefined when absent or any other value. */
  getBool(tag: number): boolean | undefined {
    const i = this.indexOf(tag);
    if (i < 0 || this.valueEnds[i]! - this.valueStarts[i]! !== 1) return undefined;
    const c = this.buf[this.valueStarts[i]!];
    return c === 0x59 ? true : c === 0x4e ? false : undefined;
  }

  /**
   * Locate the instances of a repeating group. Returns the number of instances found on the wire (which may
   * differ from the NumInGroup value: validation compares them). Read them with `groupStart(k)`/`groupLimit(k)`.
   */
  group(spec: GroupSpec, from = 0): number {
    const countIdx = this.indexFrom(spec.countTag, from);
    if (countIdx < 0) return 0;
    const tags = this.tags;
    const limit = this.fieldCount;
    const delimiter = spec.delimiter;
    let starts = this.groupStarts;
    let n = 0;
    let i = countIdx + 1;
    while (i < limit && tags[i] === delimiter) {
      if (n === starts.length) {
        const g = new Int32Array(n * 2);
        g.set(starts);
        starts = this.groupStarts = g;
      }
      starts[n++] = i;
      i++;
      while (i < limit) {
        const t = tags[i]!;
        if (t === delimiter || !isMember(spec, t)) break;
        i++;
      }
    }
    this.groupEnd = i;
    return n;
  }

  /** Field index where instance k of the last located group starts (its delimiter). */
  groupStart(k: number): number {
    return this.groupStarts[k]!;
  }

  /** Field index one past instance k of the last located group. */
  groupLimit(k: number, count: number): number {
    return k + 1 < count ? this.groupStarts[k + 1]! : this.groupEnd;
  }

  /** The raw bytes of the whole message (a view; copy with Buffer.from to keep). */
  raw(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }

  /** An independent copy: its own bytes and index, safe to keep in queues while the parser moves on. */
  detach(): FixMessage {
    const copy = new FixMessage(Math.max(16, this.fieldCount));
    const bytes = Buffer.from(this.buf.subarray(this.start, this.end));
    copy.reset(bytes, 0, bytes.length);
    const shift = this.start;
    for (let i = 0; i < this.fieldCount; i++) {
      copy.push(this.tags[i]!, this.valueStarts[i]! - shift, this.valueEnds[i]! - shift);
    }
    return copy;
  }

  /** Every field as [tag, value], in wire order (inspector, tests). */
  fields(): Array<[number, string]> {
    const out: Array<[number, string]> = [];
    for (let i = 0; i < this.fieldCount; i++) out.push([this.tags[i]!, this.stringAt(i)]);
    return out;
  }

  toString(): string {
    return visibleSoh(this.raw());
  }
}
