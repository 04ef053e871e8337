// The standard header after 35 (the encoder writes 8/9 in front and 10 behind at finish()).
import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

export interface HeaderFields {
  senderCompId: string;
  targetCompId: string;
  seq: number;
  sendingTime: string;
  /** Replays and gap fills: 43=Y with 122 OrigSendingTime. */
  origSendingTime?: string;
  /** 97=Y: the application resends content under a new number. */
  possResend?: boolean;
}

export function buildHeader(enc: FixEncoder, h: HeaderFields): void {
  enc.str(Tag.SenderCompID, h.senderCompId).str(Tag.TargetCompID, h.targetCompId).int(Tag.MsgSeqNum, h.seq);
  enc.str(Tag.SendingTime, h.sendingTime);
  if (h.origSendingTime !== undefined) enc.str(Tag.PossDupFlag, 'Y').str(Tag.OrigSendingTime, h.origSendingTime);
  if (h.possResend === true) enc.str(Tag.PossResend, 'Y');
}
