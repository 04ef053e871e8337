// A message the acceptor sent us, detached from the parser. The scenarios frame and parse with the project's own
// codec; framingProblems() re-derives BodyLength and CheckSum from the raw bytes by a separate route, so a codec
// bug cannot hide an engine bug that both would share.
import { visibleSoh } from '../../../electron/fix/codec/index.js';
import type { FixMessage } from '../../../electron/fix/codec/index.js';
import { checksumOf } from './script.js';

export class ReceivedMessage {
  readonly fields: ReadonlyArray<readonly [number, string]>;
  readonly raw: Buffer;

  constructor(message: FixMessage) {
    this.fields = message.fields();
    this.raw = Buffer.from(message.raw());
  }

  get(tag: number): string | undefined {
    return this.fields.find(([t]) => t === tag)?.[1];
  }

  getAll(tag: number): string[] {
    return this.fields.filter(([t]) => t === tag).map(([, v]) => v);
  }

  has(tag: number): boolean {
    return this.fields.some(([t]) => t === tag);
  }

  get msgType(): string {
    return this.get(35) ?? '';
  }

  get seqNum(): number {
    return Number(this.get(34));
  }

  toString(): string {
    return visibleSoh(this.raw);
  }
}

/** Independent check of BodyLength (9) and CheckSum (10) per spec 2.1; empty when both are right. */
export function framingProblems(raw: Buffer): string[] {
  const text = raw.toString('latin1');
  const problems: string[] = [];
  const lengthField = /^8=[^\x01]*\x019=(\d+)\x01/.exec(text);
  const trailerAt = text.lastIndexOf('\x0110=') + 1;
  if (lengthField === null || trailerAt <= 0) return ['message does not start 8=…|9=… or has no 10= trailer'];
  const bodyLength = trailerAt - lengthField[0].length;
  if (Number(lengthField[1]) !== bodyLength) problems.push(`BodyLength says ${lengthField[1]}, body is ${bodyLength}`);
  const declared = text.slice(trailerAt + 3, text.length - 1);
  const actual = checksumOf(raw.subarray(0, trailerAt));
  if (declared !== actual) problems.push(`CheckSum says ${declared}, bytes sum to ${actual}`);
  return problems;
}
