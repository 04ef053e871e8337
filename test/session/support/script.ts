// The scenario script language: a message is written as '35=A|34=1|98=0|108=30' ('|' = SOH), in the spirit of
// QuickFIX's acceptance-test .def files. The harness completes what the script leaves out (8, 9, 49, 56, 52, 10)
// so a scenario names only what it is about, and can still override any of them to send something wrong.
import { formatUtcTimestamp } from '../../../electron/fix/codec/index.js';

/** One `tag=value` piece as written. The tag is text so a scenario can send a malformed tag on purpose. */
export interface ScriptField {
  readonly tag: string;
  readonly value: string;
  /** A piece written without '=' (garbage on purpose): sent as is. */
  readonly bare?: boolean;
}

export interface ComposeOptions {
  /** Used for 49 when the script has none. */
  readonly sender: string;
  /** Used for 56 when the script has none. */
  readonly target: string;
  /** Header tags the harness must not add (e.g. [56] to send a message without TargetCompID). */
  readonly omit?: readonly number[];
  /** Epoch ms for 52 and every <TIME±s> token; one instant per message so 122 <= 52 holds when both say <TIME>. */
  readonly now: number;
}

export interface ComposedMessage {
  readonly bytes: Buffer;
  /** The fields between BodyLength and CheckSum as sent, tokens resolved. */
  readonly fields: readonly ScriptField[];
  /** True when the script forced 8, 9 or 10: the message is deliberately not a clean member of the session. */
  readonly forcedFraming: boolean;
}

const TIME_TOKEN = /<TIME(?:([+-])(\d+))?>/g;

/** Split a script into its pieces; empty pieces (a trailing '|') are dropped. */
export function parseScript(script: string): ScriptField[] {
  return script
    .split('|')
    .filter((piece) => piece.length > 0)
    .map((piece) => {
      const eq = piece.indexOf('=');
      return eq < 0 ? { tag: piece, value: '', bare: true } : { tag: piece.slice(0, eq), value: piece.slice(eq + 1) };
    });
}

/** Replace <TIME>, <TIME+10>, <TIME-121> (seconds) with UTCTimestamps relative to `now`. */
export function resolveTimeTokens(value: string, now: number): string {
  return value.replace(TIME_TOKEN, (_all, sign: string | undefined, secs: string | undefined) => {
    const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * Number(secs) * 1000;
    return formatUtcTimestamp(now + offset);
  });
}

function writePiece(f: ScriptField): string {
  return f.bare === true ? f.tag : `${f.tag}=${f.value}`;
}

/** Byte sum mod 256 as three digits: the FIX CheckSum of `text`. */
export function checksumOf(bytes: Buffer): string {
  let sum = 0;
  for (const b of bytes) sum += b;
  return String(sum & 255).padStart(3, '0');
}

/**
 * Build the wire bytes for a script. Missing 49/52/56 go right after 34 (or after 35), in the order QuickFIX writes
 * them; a script's own 8, 9 or 10 replaces the computed BeginString, BodyLength or CheckSum verbatim.
 */
export function composeMessage(script: string, o: ComposeOptions): ComposedMessage {
  const pieces: ScriptField[] = parseScript(script).map((f) => ({ ...f, value: resolveTimeTokens(f.value, o.now) }));
  const take = (tag: string): string | undefined => {
    const i = pieces.findIndex((f) => f.tag === tag);
    if (i < 0) return undefined;
    const [f] = pieces.splice(i, 1);
    return f!.value;
  };
  const begin = take('8');
  const bodyLength = take('9');
  const checksum = take('10');
  const omit = new Set(o.omit ?? []);
  const has = (tag: number): boolean => pieces.some((f) => f.tag === String(tag));
  const missing: ScriptField[] = [];
  if (!has(49) && !omit.has(49)) missing.push({ tag: '49', value: o.sender });
  if (!has(52) && !omit.has(52)) missing.push({ tag: '52', value: formatUtcTimestamp(o.now) });
  if (!has(56) && !omit.has(56)) missing.push({ tag: '56', value: o.target });
  let at = pieces.findIndex((f) => f.tag === '34');
  if (at < 0) at = pieces.findIndex((f) => f.tag === '35');
  pieces.splice(at + 1, 0, ...missing);

  const body = Buffer.from(pieces.map((f) => `${writePiece(f)}\x01`).join(''), 'latin1');
  const head = Buffer.from(`8=${begin ?? 'FIX.4.4'}\x019=${bodyLength ?? body.length}\x01`, 'latin1');
  const beforeTrailer = Buffer.concat([head, body]);
  const trailer = Buffer.from(`10=${checksum ?? checksumOf(beforeTrailer)}\x01`, 'latin1');
  return {
    bytes: Buffer.concat([beforeTrailer, trailer]),
    fields: pieces,
    forcedFraming: begin !== undefined || bodyLength !== undefined || checksum !== undefined,
  };
}

/**
 * Frame raw text that starts at '8=' and has '9=#' as its second field: '#' becomes the true BodyLength and a
 * correct CheckSum is appended, so a structurally wrong message (fields out of order) is wrong only in structure.
 */
export function frameRaw(visible: string, now: number): Buffer {
  const text = resolveTimeTokens(visible, now).split('|').join('\x01');
  const marker = text.indexOf('\x019=#\x01');
  if (marker < 0) throw new Error(`frameRaw needs '|9=#|' after the BeginString: ${visible}`);
  const bodyStart = marker + '\x019=#\x01'.length;
  const bodyLength = Buffer.byteLength(text.slice(bodyStart), 'latin1');
  const framed = Buffer.from(text.replace('\x019=#\x01', `\x019=${bodyLength}\x01`), 'latin1');
  return Buffer.concat([framed, Buffer.from(`10=${checksumOf(framed)}\x01`, 'latin1')]);
}
