// Test helper: build a message with the real encoder and parse it with the real parser, so validator tests run
// on exactly what the session sees.
import { FixEncoder, type FieldValue } from '../../../electron/fix/codec/encoder.js';
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { FixParser } from '../../../electron/fix/codec/parser.js';

export type Fields = ReadonlyArray<readonly [number, FieldValue]>;

/** Standard header fields after 35, as a Kraken client would send them. */
export const HEADER: Fields = [
  [49, 'CLIENT'],
  [56, 'KRAKEN-TRD'],
  [34, 2],
  [52, '20260101-12:00:00.000'],
];

/** Encode 35=msgType, then `fields` verbatim (header included: pass HEADER first), then parse. */
export function wire(msgType: string, fields: Fields): FixMessage {
  const enc = new FixEncoder();
  enc.begin(msgType);
  for (const [tag, value] of fields) enc.field(tag, value);
  const bytes = Buffer.from(enc.finish());
  const parser = new FixParser();
  const msg = parser.parse(bytes, 0, bytes.length);
  if (msg === null) throw new Error(`test message did not parse: ${parser.reason} ${parser.detail}`);
  return msg.detach();
}

/** A message with the standard header in front of `body`. */
export function msgOf(msgType: string, body: Fields): FixMessage {
  return wire(msgType, [...HEADER, ...body]);
}

/** Frame hand-written fields ('|' for SOH, from 35 on) that the encoder would refuse to write, e.g. tag 0. */
export function rawWire(fields: string): FixMessage {
  const body = fields.split('|').join('\x01');
  const head = `8=FIX.4.4\x019=${body.length}\x01`;
  let sum = 0;
  for (const c of Buffer.from(head + body, 'latin1')) sum += c;
  const bytes = Buffer.from(`${head}${body}10=${String(sum % 256).padStart(3, '0')}\x01`, 'latin1');
  const parser = new FixParser();
  const msg = parser.parse(bytes, 0, bytes.length);
  if (msg === null) throw new Error(`test message did not parse: ${parser.reason} ${parser.detail}`);
  return msg.detach();
}
