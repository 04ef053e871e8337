// Our ResendRequest for an inbound gap: always 7=expected, 16=0 (everything the peer has), and never a second one
// while one is outstanding; once it is satisfied, whatever is still missing below queued messages is asked again.
import { buildResendRequest } from './build-resend-request.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';

export function requestResend(c: SessionCore, begin: number, knownEnd: number): void {
  const pending = c.seq.resendPending;
  if (pending !== null) {
    c.event(`Already sent ResendRequest FROM: ${pending.begin} TO: ${pending.end}. Not sending another.`);
    return;
  }
  c.event(`Sending ResendRequest FROM: ${begin} TO: 0 (missing ${begin}..${knownEnd})`);
  if (c.sendAdmin(MsgType.ResendRequest, (enc) => buildResendRequest(enc, begin, 0)) > 0) {
    c.seq.resendRequested(begin, knownEnd);
  }
}
