import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';
import { rejectReasonText, type SessionRejection } from './reject-reasons.js';

/** Reject (35=3) body, in tag order: 45 RefSeqNum, 58 Text, 371 RefTagID, 372 RefMsgType, 373 reason. */
export function buildReject(
  enc: FixEncoder,
  refSeq: number,
  refMsgType: string | undefined,
  r: SessionRejection,
): void {
  enc.int(Tag.RefSeqNum, refSeq).str(Tag.Text, r.text ?? rejectReasonText(r.reason));
  if (r.tag !== undefined) enc.int(Tag.RefTagID, r.tag);
  if (refMsgType !== undefined && refMsgType.length > 0) enc.str(Tag.RefMsgType, refMsgType);
  enc.int(Tag.SessionRejectReason, r.reason);
}
