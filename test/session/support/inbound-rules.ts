// Rules every message from the acceptor must meet whatever a scenario expects of it (spec 2.1, 2.2, 2.5):
// correct BodyLength/CheckSum, FIX.4.4, the CompIDs turned round, a current UTC SendingTime, 122 with every 43=Y,
// and each new (not PossDup) message numbered one above the previous one on this connection.
import { parseUtcTimestamp } from '../../../electron/fix/codec/index.js';
import { framingProblems, type ReceivedMessage } from './received-message.js';
import { isBodyTag } from './fix-tags.js';

const MAX_CLOCK_SKEW_MS = 60_000;

export class InboundRules {
  private lastSeq: number | undefined;

  constructor(
    private readonly us: string,
    private readonly acceptor: string,
  ) {}

  /** Check `m` and advance the sequence tracking; call once per message, in arrival order. */
  check(m: ReceivedMessage): string[] {
    const problems = framingProblems(m.raw);
    if (m.get(8) !== 'FIX.4.4') problems.push(`8: wanted FIX.4.4, got ${m.get(8)}`);
    if (m.get(49) !== this.acceptor) problems.push(`49: wanted ${this.acceptor} (the acceptor), got ${m.get(49)}`);
    if (m.get(56) !== this.us) problems.push(`56: wanted ${this.us} (us), got ${m.get(56)}`);
    const sendingTime = parseUtcTimestamp(m.get(52) ?? '');
    if (Number.isNaN(sendingTime)) problems.push(`52: wanted a UTCTimestamp, got ${m.get(52)}`);
    else if (Math.abs(sendingTime - Date.now()) > MAX_CLOCK_SKEW_MS)
      problems.push(`52 is not current UTC: ${m.get(52)}`);
    if (!/^[1-9]\d*$/.test(m.get(34) ?? '')) {
      problems.push(`34: wanted a positive MsgSeqNum, got ${m.get(34)}`);
      return problems;
    }
    if (m.get(43) === 'Y') {
      const orig = parseUtcTimestamp(m.get(122) ?? '');
      if (Number.isNaN(orig)) problems.push(`43=Y requires OrigSendingTime 122, got ${m.get(122)}`);
      else if (orig > sendingTime) problems.push(`122 ${m.get(122)} is later than 52 ${m.get(52)}`);
      return problems;
    }
    const reset = m.msgType === 'A' && m.get(141) === 'Y';
    const wanted = reset ? 1 : this.lastSeq === undefined ? undefined : this.lastSeq + 1;
    if (wanted !== undefined && m.seqNum !== wanted) {
      problems.push(`34: the acceptor's previous message was ${this.lastSeq}, so this one must be ${wanted}`);
    }
    this.lastSeq = m.seqNum;
    return problems;
  }
}

/** Body fields (not header or trailer) of one message that the other lacks, both ways, order ignored. */
export function bodyDifference(
  expected: ReadonlyArray<readonly [number, string]>,
  actual: ReadonlyArray<readonly [number, string]>,
): string[] {
  const text = (fields: ReadonlyArray<readonly [number, string]>): string[] =>
    fields.filter(([t]) => isBodyTag(t)).map(([t, v]) => `${t}=${v}`);
  const want = text(expected);
  const got = text(actual);
  const missing = want.filter((f) => !got.includes(f));
  const extra = got.filter((f) => !want.includes(f));
  if (missing.length === 0 && extra.length === 0) return [];
  return [`body differs: missing [${missing.join(' ')}] extra [${extra.join(' ')}]`];
}
