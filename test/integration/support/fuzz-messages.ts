// Inbound material for the session fuzz: application messages from the team's corpus re-headed for the session
// under test, admin messages with hostile values (ResendRequest over huge or inverted ranges, SequenceReset to 0,
// negative, 2^32 and beyond, Logon mid-session, PossDup without or with a late OrigSendingTime, wrong CompIDs,
// stale SendingTime), sequence numbers too high and too low, raw garbage, and byte mutations of all of them.
// Deterministic for a seed.
import { FixEncoder, FixFramer, FixParser, formatUtcTimestamp } from '../../../electron/fix/codec/index.js';
import { bodyBytes } from '../../../electron/fix/session/index.js';
import { mutate } from '../../support/mutate.js';

export interface FuzzPeer {
  /** The peer's SenderCompID / the session's. */
  client: string;
  us: string;
}

export interface FuzzMessage {
  bytes: Buffer;
  kind: string;
  /** Built with the peer's next MsgSeqNum (the peer counts it as sent, whatever became of the bytes). */
  usesSeq: boolean;
}

interface Template {
  msgType: string;
  body: Buffer;
}

/** Application messages of the corpus (everything but session-level types), bodies only. */
export function corpusTemplates(corpus: Buffer): Template[] {
  const parser = new FixParser();
  const out: Template[] = [];
  const framer = new FixFramer({
    onFrame: (buf, start, end) => {
      const m = parser.parse(buf, start, end);
      if (m === null || m.msgType === '0') return;
      const { start: s, end: e } = bodyBytes(m);
      out.push({ msgType: m.msgType, body: Buffer.from(m.buf.subarray(s, e)) });
    },
    onGarbled: () => undefined,
  });
  framer.push(corpus);
  return out;
}

const NUMBERS = [
  '0',
  '-1',
  '-999',
  '1',
  '2',
  '4294967295',
  '4294967296',
  '999999999999999',
  '99999999999999999999',
  '1e5',
  '',
  'abc',
  '007',
  '+5',
  ' 3',
];
const WEIGHTS: Array<[string, number]> = [
  ['app', 40],
  ['app-mutated', 18],
  ['heartbeat', 2],
  ['test-request', 3],
  ['resend-request', 5],
  ['sequence-reset', 6],
  ['logon', 1],
  ['reject', 2],
  ['possdup-low', 5],
  ['seq-high', 3],
  ['seq-low', 1],
  ['wrong-compid', 1],
  ['stale-time', 1],
  ['begin-string', 0.5],
  ['garbage', 2],
  ['logout', 0.3],
];
const TOTAL = WEIGHTS.reduce((n, [, w]) => n + w, 0);

export class FuzzMessages {
  private readonly enc = new FixEncoder('FIX.4.4', 1 << 16);

  constructor(
    private readonly templates: readonly Template[],
    private readonly random: () => number,
    private readonly peer: FuzzPeer,
  ) {}

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private kind(): string {
    let r = this.random() * TOTAL;
    for (const [k, w] of WEIGHTS) if ((r -= w) < 0) return k;
    return 'app';
  }

  /** A hostile number, or one near `around`. */
  private number(around: number): string {
    return this.random() < 0.5 ? this.pick(NUMBERS) : String(Math.max(0, around + this.int(-5, 5)));
  }

  /** A whole message: header (overridable), raw body fields, correct 9 and 10. */
  build(msgType: string, seq: number | string, body: string | Buffer, h: Partial<Record<number, string>> = {}): Buffer {
    const now = Date.now();
    const enc = this.enc.begin(msgType);
    const field = (tag: number, v: string): void => {
      enc.bytes(Buffer.from(`${tag}=${v}\x01`, 'latin1'));
    };
    field(49, h[49] ?? this.peer.client);
    field(56, h[56] ?? this.peer.us);
    field(34, String(seq));
    field(52, h[52] ?? formatUtcTimestamp(now));
    if (h[43] !== undefined) field(43, h[43]);
    if (h[122] !== undefined) field(122, h[122]);
    if (h[97] !== undefined) field(97, h[97]);
    enc.bytes(typeof body === 'string' ? Buffer.from(body.replaceAll('|', '\x01'), 'latin1') : body);
    return Buffer.from(enc.finish());
  }

  logon(seq: number, reset: boolean, heartBtInt = 30): Buffer {
    return this.build('A', seq, `98=0|108=${heartBtInt}|${reset ? '141=Y|' : ''}`);
  }

  /** The next fuzz message, for a peer whose next valid MsgSeqNum is `seq`. */
  next(seq: number): FuzzMessage {
    const kind = this.kind();
    const m = this.make(kind, seq);
    // Some admin and header cases are mutated too, not only application messages.
    if (kind !== 'app' && kind !== 'app-mutated' && this.random() < 0.15) m.bytes = mutate(m.bytes, this.random);
    return { ...m, kind };
  }

  private make(kind: string, seq: number): { bytes: Buffer; usesSeq: boolean } {
    const t = this.pick(this.templates);
    const past = formatUtcTimestamp(Date.now() - this.int(1, 60_000));
    const future = formatUtcTimestamp(Date.now() + this.int(1000, 60_000));
    switch (kind) {
      case 'app':
        return { bytes: this.build(t.msgType, seq, t.body), usesSeq: true };
      case 'app-mutated': {
        let b = this.build(t.msgType, seq, t.body);
        for (let n = this.int(1, 3); n > 0; n--) b = mutate(b, this.random);
        return { bytes: b, usesSeq: true };
      }
      case 'heartbeat':
        return { bytes: this.build('0', seq, this.random() < 0.5 ? '' : `112=${this.number(seq)}|`), usesSeq: true };
      case 'test-request':
        return { bytes: this.build('1', seq, this.random() < 0.9 ? `112=T${this.int(0, 1e6)}|` : ''), usesSeq: true };
      case 'resend-request': {
        const begin = this.random() < 0.3 ? '1' : this.number(seq);
        const end = this.pick(['0', '0', '999999999', '4294967295', begin, this.number(seq), '-3', '']);
        return { bytes: this.build('2', seq, `7=${begin}|16=${end}|`), usesSeq: true };
      }
      case 'sequence-reset': {
        const gap = this.pick(['|123=Y', '|123=N', '', '|123=X']);
        const lowDup = this.random() < 0.2;
        const s = lowDup ? Math.max(1, seq - this.int(1, 20)) : seq;
        const h = lowDup || this.random() < 0.3 ? { 43: 'Y', 122: past } : {};
        return { bytes: this.build('4', s, `36=${this.number(seq + this.int(0, 50))}${gap}|`, h), usesSeq: !lowDup };
      }
      case 'logon': {
        const reset = this.random() < 0.5;
        return {
          bytes: this.build(
            'A',
            reset && this.random() < 0.7 ? 1 : seq,
            `98=0|108=${this.number(30)}|${reset ? '141=Y|' : ''}`,
          ),
          usesSeq: !reset,
        };
      }
      case 'reject':
        return { bytes: this.build('3', seq, `45=${this.number(seq)}|373=${this.number(5)}|58=fuzz|`), usesSeq: true };
      case 'possdup-low': {
        const orig = this.pick([past, future, undefined, 'garbage']);
        const h: Record<number, string> = orig !== undefined ? { 43: 'Y', 122: orig } : { 43: 'Y' };
        return { bytes: this.build(t.msgType, Math.max(1, seq - this.int(1, 50)), t.body, h), usesSeq: false };
      }
      case 'seq-high':
        return {
          bytes: this.build(t.msgType, this.random() < 0.9 ? seq + this.int(1, 40) : this.pick(NUMBERS), t.body),
          usesSeq: false,
        };
      case 'seq-low':
        return { bytes: this.build('0', Math.max(1, seq - this.int(1, 10)), ''), usesSeq: false };
      case 'wrong-compid':
        return {
          bytes: this.build(t.msgType, seq, t.body, this.random() < 0.5 ? { 49: 'INTRUDER' } : { 56: 'ELSEWHERE' }),
          usesSeq: true,
        };
      case 'stale-time':
        return {
          bytes: this.build(t.msgType, seq, t.body, {
            52: this.pick([formatUtcTimestamp(Date.now() - 3_600_000), future, '2026', '']),
          }),
          usesSeq: true,
        };
      case 'begin-string':
        return {
          bytes: Buffer.from(this.build('0', seq, '').toString('latin1').replace('FIX.4.4', 'FIX.4.2'), 'latin1'),
          usesSeq: true,
        };
      case 'garbage': {
        const b = Buffer.alloc(this.int(1, 300));
        for (let i = 0; i < b.length; i++) b[i] = this.random() < 0.1 ? 1 : this.int(0, 255);
        return { bytes: this.random() < 0.5 ? Buffer.concat([Buffer.from('8=FIX.4.4\x019='), b]) : b, usesSeq: false };
      }
      default:
        return { bytes: this.build('5', seq, this.random() < 0.5 ? '58=fuzz bye|' : ''), usesSeq: true };
    }
  }
}
