import { readUint } from './decimal.js';
import { FixMessage } from './fix-message.js';

// Byte values as local literals: V8 does not constant-fold imported bindings, and these sit in the hottest loop.
const SOH = 0x01;
const EQ = 0x3d;

/** Why a message could not be parsed. Any of these makes it garbled: dropped, logged, no sequence number used. */
export type GarbledReason =
  | 'truncated'
  | 'bad-begin-string'
  | 'bad-body-length'
  | 'bad-msg-type'
  | 'bad-tag'
  | 'bad-data-length'
  | 'bad-checksum'
  | 'no-checksum';

/**
 * FIX data fields may contain SOH: their length travels in the field just before them. Indexed by the Length tag,
 * the Data tag it announces (FIX 4.4: RawData, SecureData, Signature, XmlData, EncodedText and the other Encoded*).
 */
const DATA_TAG_AFTER = new Uint16Array(1024);
for (const [len, data] of [
  [90, 91], [93, 89], [95, 96], [212, 213], [348, 349], [350, 351], [352, 353], [354, 355], [356, 357], [358, 359],
  [360, 361], [362, 363], [364, 365], [445, 446], [618, 619], [621, 622],
] as const) {
  DATA_TAG_AFTER[len] = data;
}

/** Tags are positive integers; anything longer than 9 digits is garbage, not a tag. */
const MAX_TAG = 999_999_999;

/**
 * One-pass scanner: records tag and value offsets in reused typed arrays and sums the bytes as it goes, so the
 * CheckSum and BodyLength are verified on every message at the cost of an add per byte. Values are decoded only
 * when read. Returns the parser's reused FixMessage (valid until the next parse) or null with `reason`/`detail`.
 */
export class FixParser {
  readonly message = new FixMessage();
  reason: GarbledReason | null = null;
  detail = '';

  parse(buf: Buffer, start: number, end: number): FixMessage | null {
    const m = this.message;
    m.reset(buf, start, end);
    // The last byte must be a SOH: it is then the sentinel that ends every inner loop without bounds checks.
    if (end - start < 4 || buf[end - 1] !== SOH) return this.fail('truncated', 'message does not end with SOH');
    m.reserve(((end - start) / 3 + 1) | 0);
    const tags = m.tags;
    const starts = m.valueStarts;
    const ends = m.valueEnds;
    let n = 0;
    let p = start;
    let sum = 0;
    let fieldSum = 0;
    let dataTag = -1;
    let dataLength = 0;
    while (p < end) {
      fieldSum = sum;
      let c = buf[p]!;
      let tag = 0;
      const tagStart = p;
      while (c !== EQ) {
        const d = c - 0x30;
        if (d < 0 || d > 9) return this.fail('bad-tag', `tag is not a number at byte ${p - start}`);
        tag = tag * 10 + d;
        sum += c;
        c = buf[++p]!;
      }
      if (p === tagStart || tag > MAX_TAG) return this.fail('bad-tag', `bad tag at byte ${tagStart - start}`);
      const vs = ++p;
      sum += EQ + SOH;
      if (tag === dataTag) {
        // A data field: exactly dataLength bytes, SOH allowed inside, then the SOH that ends it.
        const ve = vs + dataLength;
        if (ve >= end || buf[ve] !== SOH) return this.fail('bad-data-length', `data field ${tag} is not ${dataLength} bytes long`);
        for (; p < ve; p++) sum += buf[p]!;
        dataTag = -1;
      } else {
        while ((c = buf[p]!) !== SOH) {
          sum += c;
          p++;
        }
        if (tag < 1024 && DATA_TAG_AFTER[tag] !== 0) {
          dataTag = DATA_TAG_AFTER[tag]!;
          dataLength = readUint(buf, vs, p);
          if (!(dataLength >= 0)) return this.fail('bad-data-length', `length field ${tag} is not a number`);
        }
      }
      tags[n] = tag;
      starts[n] = vs;
      ends[n] = p;
      n++;
      p++;
    }
    m.fieldCount = n;
    // The CheckSum covers every byte before the last field, which must be 10=.
    return this.checkStructure(m, fieldSum, tags[n - 1] === 10 ? n - 1 : -1);
  }

  private checkStructure(m: FixMessage, sumBeforeTrailer: number, trailerAt: number): FixMessage | null {
    if (m.fieldCount < 4 || m.tags[0] !== 8) return this.fail('bad-begin-string', 'first field is not 8=BeginString');
    if (m.tags[1] !== 9) return this.fail('bad-body-length', 'second field is not 9=BodyLength');
    if (m.tags[2] !== 35 || m.valueEnds[2]! === m.valueStarts[2]!) {
      return this.fail('bad-msg-type', 'third field is not 35=MsgType');
    }
    if (trailerAt !== m.fieldCount - 1) return this.fail('no-checksum', 'last field is not 10=CheckSum');
    const bodyStart = m.valueEnds[1]! + 1;
    const trailerStart = m.valueStarts[trailerAt]! - 3;
    const declared = readUint(m.buf, m.valueStarts[1]!, m.valueEnds[1]!);
    if (declared !== trailerStart - bodyStart) {
      return this.fail('bad-body-length', `BodyLength ${declared} but body is ${trailerStart - bodyStart} bytes`);
    }
    const vs = m.valueStarts[trailerAt]!;
    const declaredSum = m.valueEnds[trailerAt]! - vs === 3 ? readUint(m.buf, vs, vs + 3) : NaN;
    if (declaredSum !== (sumBeforeTrailer & 255)) {
      return this.fail('bad-checksum', `CheckSum ${m.stringAt(trailerAt)} but bytes sum to ${sumBeforeTrailer & 255}`);
    }
    this.reason = null;
    return m;
  }

  private fail(reason: GarbledReason, detail: string): null {
    this.reason = reason;
    this.detail = detail;
    return null;
  }
}
