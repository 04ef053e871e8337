import type { FixMessage } from '../codec/fix-message.js';
import { Tag } from './header-fields.js';
import { getUint } from './read-fields.js';
import { RejectReason } from './reject-reasons.js';
import type { SessionCore } from './session-core.js';

/** ResendRequest (35=2, 7=BeginSeqNo, 16=EndSeqNo, 0 = to the latest): hand the range to the resender. */
export function onResendRequest(c: SessionCore, msg: FixMessage): void {
  for (const tag of [Tag.BeginSeqNo, Tag.EndSeqNo]) {
    if (!msg.has(tag)) {
      c.reject(msg, { reason: RejectReason.RequiredTagMissing, tag });
      return;
    }
  }
  const begin = getUint(msg, Tag.BeginSeqNo);
  const end = getUint(msg, Tag.EndSeqNo);
  if (Number.isNaN(begin)) return c.reject(msg, { reason: RejectReason.IncorrectDataFormat, tag: Tag.BeginSeqNo });
  if (Number.isNaN(end)) return c.reject(msg, { reason: RejectReason.IncorrectDataFormat, tag: Tag.EndSeqNo });
  if (begin < 1) return c.reject(msg, { reason: RejectReason.ValueOutOfRange, tag: Tag.BeginSeqNo });
  if (end !== 0 && end < begin) return c.reject(msg, { reason: RejectReason.ValueOutOfRange, tag: Tag.EndSeqNo });
  c.event(`ResendRequest received: 7=${begin} 16=${end}`);
  c.resender.request(begin, end);
}
