// Reject (35=3) and BusinessMessageReject (35=j) out, with their events. Never a Reject for a Reject, never a
// BusinessMessageReject for a BusinessMessageReject: two engines must not be able to ping-pong rejections.
import type { FixMessage } from '../codec/fix-message.js';
import { buildBusinessMessageReject } from './build-business-message-reject.js';
import { buildReject } from './build-reject.js';
import { Tag } from './header-fields.js';
import { MsgType } from './msg-types.js';
import { getUint } from './read-fields.js';
import { rejectReasonText, type SessionRejection } from './reject-reasons.js';
import type { SessionCore } from './session-core.js';

type RejectSender = Pick<SessionCore, 'sendAdmin' | 'event' | 'events' | 'now'>;

export function sendReject(c: RejectSender, msg: FixMessage, r: SessionRejection): void {
  const refSeq = getUint(msg, Tag.MsgSeqNum) || 0;
  const type = msg.msgType;
  const text = r.text ?? rejectReasonText(r.reason);
  if (type === MsgType.Reject) {
    c.event(`Invalid Reject ${refSeq} not answered (never Reject a Reject): ${text}`);
    return;
  }
  c.event(`Rejecting ${type} ${refSeq}: 373=${r.reason} ${text}${r.tag !== undefined ? ` (tag ${r.tag})` : ''}`);
  if (c.sendAdmin(MsgType.Reject, (enc) => buildReject(enc, refSeq, type, r)) < 0) return;
  const refTag = r.tag !== undefined ? { refTag: r.tag } : {};
  c.events.emit('reject', {
    direction: 'out',
    kind: 'session',
    refSeq,
    refMsgType: type,
    ...refTag,
    reason: r.reason,
    text,
    at: c.now(),
  });
}

export function sendBusinessReject(c: RejectSender, msg: FixMessage, reason: number, text: string): void {
  const refSeq = getUint(msg, Tag.MsgSeqNum) || 0;
  const refMsgType = msg.msgType;
  if (refMsgType === MsgType.BusinessMessageReject) return;
  c.event(`BusinessMessageReject for ${refMsgType} ${refSeq}: 380=${reason} ${text}`);
  const fields = { refSeq, refMsgType, reason, text };
  if (c.sendAdmin(MsgType.BusinessMessageReject, (enc) => buildBusinessMessageReject(enc, fields)) < 0) return;
  c.events.emit('reject', { direction: 'out', kind: 'business', ...fields, at: c.now() });
}
