import type { FixMessage } from '../codec/fix-message.js';
import { MAX_SEQ } from '../store/message-store.js';
import { Tag } from './header-fields.js';
import { getUint } from './read-fields.js';
import { RejectReason } from './reject-reasons.js';
import type { SessionCore } from './session-core.js';

/**
 * SequenceReset (35=4). The pipeline has already applied the normal sequence checks to a GapFill's own 34 (a Reset
 * ignores its 34). Both move the expected number forward to 36; 36 equal to it is a no-op; 36 below it would
 * re-open numbers already processed, so it is rejected (373=5) and nothing moves.
 */
export function onSequenceReset(c: SessionCore, msg: FixMessage): void {
  if (!msg.has(Tag.NewSeqNo)) return c.reject(msg, { reason: RejectReason.RequiredTagMissing, tag: Tag.NewSeqNo });
  const newSeq = getUint(msg, Tag.NewSeqNo);
  if (Number.isNaN(newSeq) || newSeq < 1) {
    return c.reject(msg, { reason: RejectReason.IncorrectDataFormat, tag: Tag.NewSeqNo });
  }
  if (newSeq > MAX_SEQ) return c.reject(msg, { reason: RejectReason.ValueOutOfRange, tag: Tag.NewSeqNo });
  const gapFill = msg.getBool(Tag.GapFillFlag) === true;
  const expected = c.seq.expectedTargetSeq;
  if (newSeq > expected) {
    c.event(`SequenceReset${gapFill ? '-GapFill' : '-Reset'}: expected inbound MsgSeqNum ${expected} -> ${newSeq}`);
    c.seq.setExpectedTargetSeq(newSeq);
    c.queue.dropBelow(newSeq);
  } else if (newSeq < expected) {
    c.reject(msg, { reason: RejectReason.ValueOutOfRange, tag: Tag.NewSeqNo });
  }
}
