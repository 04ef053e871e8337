// The standard header after 35 (the encoder writes 8/9 in front and 10 behind at finish()). Positional arguments
// rather than an options object: this runs for every message the session sends.
import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/**
 * 49, 56, 34, 52; then for replays and gap fills 43=Y with 122 OrigSendingTime (`origSendingTime` given), and 97=Y
 * when the application resends content under a new number (`possResend`).
 */
export function buildHeader(
  enc: FixEncoder,
  senderCompId: string,
  targetCompId: string,
  seq: number,
  sendingTime: string,
  origSendingTime?: string,
  possResend = false,
): void {
  enc.str(Tag.SenderCompID, senderCompId).str(Tag.TargetCompID, targetCompId).int(Tag.MsgSeqNum, seq);
  enc.str(Tag.SendingTime, sendingTime);
  if (origSendingTime !== undefined) enc.str(Tag.PossDupFlag, 'Y').str(Tag.OrigSendingTime, origSendingTime);
  if (possResend) enc.str(Tag.PossResend, 'Y');
}
