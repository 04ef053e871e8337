import type { FixMessage } from '../codec/fix-message.js';
import { Tag } from './header-fields.js';
import { getUint } from './read-fields.js';
import type { SessionCore } from './session-core.js';

/** Reject (35=3) from the peer: one of our messages broke a session rule. Reported, never answered. */
export function onReject(c: SessionCore, msg: FixMessage, rxAt: number): void {
  const refSeq = getUint(msg, Tag.RefSeqNum);
  const refTag = getUint(msg, Tag.RefTagID);
  const reason = getUint(msg, Tag.SessionRejectReason);
  const refMsgType = msg.getString(Tag.RefMsgType);
  const text = msg.getString(Tag.Text);
  c.events.emit('reject', {
    direction: 'in',
    kind: 'session',
    refSeq: Number.isNaN(refSeq) ? 0 : refSeq,
    ...(refMsgType !== undefined ? { refMsgType } : {}),
    ...(Number.isNaN(refTag) ? {} : { refTag }),
    ...(Number.isNaN(reason) ? {} : { reason }),
    ...(text !== undefined ? { text } : {}),
    at: rxAt,
  });
  c.event(
    `Reject received for our ${refSeq}: 373=${reason}${Number.isNaN(refTag) ? '' : ` 371=${refTag}`} ${text ?? ''}`,
  );
}
