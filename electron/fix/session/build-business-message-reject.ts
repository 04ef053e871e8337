import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

export interface BusinessRejectFields {
  refSeq: number;
  refMsgType: string;
  reason: number;
  text: string;
  /** 379: the business-level ID of the rejected message (e.g. its ClOrdID), when known. */
  refId?: string;
}

/** BusinessMessageReject (35=j) body: 45, 58, 372, 379, 380 in tag order. */
export function buildBusinessMessageReject(enc: FixEncoder, f: BusinessRejectFields): void {
  enc.int(Tag.RefSeqNum, f.refSeq).str(Tag.Text, f.text).str(Tag.RefMsgType, f.refMsgType);
  if (f.refId !== undefined) enc.str(Tag.BusinessRejectRefID, f.refId);
  enc.int(Tag.BusinessRejectReason, f.reason);
}
