import { EQ, SOH } from './bytes.js';
import { readUint } from './decimal.js';
import { FixMessage } from './fix-message.js';

/** Why a message could not be parsed. Any of these makes it garbled: dropped, logged, no sequence number used. */
export type GarbledReason =
  | 'truncated'
  | 'bad-begin-string'
  | 'bad-body-length'
  | 'bad-msg-type'
  | 'bad-tag'
  | 'bad-checksum'
  | 'no-checksum';

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
    let p = start;
    let sum = 0;
    let sumBeforeTrailer = -1;
    let trailerAt = -1;
    while (p < end) {
      const fieldSum = sum;
      let c = buf[p]!;
      let tag = 0;
      let digits = 0;
      while (c !== EQ) {
        const d = c - 0x30;
        if (d < 0 || d > 9 || digits === 9) return this.fail('bad-tag', `tag is not a number at byte ${p - start}`);
        tag = tag * 10 + d;
        digits++;
        sum += c;
        if (++p >= end) return this.fail('truncated', 'message ends inside a tag');
        c = buf[p]!;
      }
      if (digits === 0) return this.fail('bad-tag', `empty tag at byte ${p - start}`);
      sum += EQ;
      const vs = ++p;
      while (p < end && (c = buf[p]!) !== SOH) {
        sum += c;
        p++;
      }
      if (p >= end) return this.fail('truncated', `field ${tag} has no SOH`);
      sum += SOH;
      if (tag === 10 && trailerAt < 0) {
        sumBeforeTrailer = fieldSum;
        trailerAt = m.fieldCount;
      }
      m.push(tag, vs, p);
      p++;
    }
    return this.checkStructure(m, sumBeforeTrailer, trailerAt);
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
