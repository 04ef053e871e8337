// Test helper: build a Logon the way the session core will (standard fields, then the venue hook) and parse it.
import { FixEncoder } from '../../../electron/fix/codec/encoder.js';
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { FixParser } from '../../../electron/fix/codec/parser.js';
import type { LogonHook, LogonHookContext } from '../../../electron/venue/kraken/logon-fields.js';

export const SECRET = 'c2VjcmV0';
export const CTX: LogonHookContext = { msgSeqNum: 7, senderCompId: 'CLIENT', targetCompId: 'KRAKEN-TRD' };

export function buildLogon(
  hook: LogonHook | null,
  ctx: LogonHookContext = CTX,
  extra: Array<[number, string]> = [],
): FixMessage {
  const enc = new FixEncoder();
  enc.begin('A').str(49, ctx.senderCompId).str(56, ctx.targetCompId).int(34, ctx.msgSeqNum);
  enc.str(52, '20240824-15:12:25.678').int(98, 0).int(108, 60);
  hook?.(enc, ctx);
  for (const [tag, value] of extra) enc.str(tag, value);
  const bytes = Buffer.from(enc.finish());
  const msg = new FixParser().parse(bytes, 0, bytes.length);
  if (msg === null) throw new Error('logon did not parse');
  return msg.detach();
}
