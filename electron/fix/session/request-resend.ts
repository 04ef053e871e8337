// Our ResendRequest for an inbound gap: always 7=expected, 16=0 (everything the peer has), and never a second one
// while one is outstanding; once it is satisfied, whatever is still missing below queued messages is asked again.
// A request the peer never answers must not leave the session waiting for ever (messages pile up behind the gap,
// none reaches the application): when the expected number has not moved for the resend timeout, the request is
// sent again, a bounded number of times, and then we log out saying why. While the peer is filling the gap
// (the expected number moves), the timer simply starts over.
import { buildResendRequest } from './build-resend-request.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

/** Without heartbeats there is no interval to scale from. */
const DEFAULT_TIMEOUT_WITHOUT_HEARTBEATS_MS = 60_000;

export function requestResend(c: SessionCore, begin: number, knownEnd: number): void {
  const pending = c.seq.resendPending;
  if (pending !== null) {
    c.event(`Already sent ResendRequest FROM: ${pending.begin} TO: ${pending.end}. Not sending another.`);
    return;
  }
  c.event(`Sending ResendRequest FROM: ${begin} TO: 0 (missing ${begin}..${knownEnd})`);
  if (send(c, begin, knownEnd)) armTimeout(c, 0);
}

/** 2 x the HeartBtInt in force unless configured; 0 = never time out. */
export function resendTimeoutMs(c: SessionCore): number {
  const configured = c.o.resendRequestTimeoutMs;
  if (configured !== undefined) return configured;
  return c.heartBtIntSec > 0 ? 2 * c.heartBtIntSec * 1000 : DEFAULT_TIMEOUT_WITHOUT_HEARTBEATS_MS;
}

function send(c: SessionCore, begin: number, knownEnd: number): boolean {
  if (c.sendAdmin(MsgType.ResendRequest, (enc) => buildResendRequest(enc, begin, 0)) < 0) return false;
  c.seq.resendRequested(begin, knownEnd);
  return true;
}

/** `resent`: how many times this gap's request has been sent again already. */
function armTimeout(c: SessionCore, resent: number): void {
  const ms = resendTimeoutMs(c);
  if (ms <= 0) return;
  const expectedWhenArmed = c.seq.expectedTargetSeq;
  c.timers.set('resend', ms, () => timedOut(c, resent, expectedWhenArmed, ms));
}

function timedOut(c: SessionCore, resent: number, expectedWhenArmed: number, ms: number): void {
  const pending = c.seq.resendPending;
  if (pending === null || !c.isConnected) return;
  const expected = c.seq.expectedTargetSeq;
  if (expected > expectedWhenArmed) {
    // The peer is filling the gap, just slowly: give it another period.
    armTimeout(c, resent);
    return;
  }
  if (resent >= c.o.resendRequestRetries) {
    const why =
      `ResendRequest for ${pending.begin}..${pending.end} not answered after ${resent + 1} attempt(s) ` +
      `${ms} ms apart: gap never filled, still expecting ${expected}`;
    c.event(why);
    if (c.state === SessionState.Active) c.startLogout(why);
    else c.disconnect(why);
    return;
  }
  c.event(
    `ResendRequest FROM: ${pending.begin} not answered in ${ms} ms (still expecting ${expected}): ` +
      `sending it again (${resent + 1} of ${c.o.resendRequestRetries})`,
  );
  if (send(c, expected, pending.end)) armTimeout(c, resent + 1);
}

/** The gap is filled (or a reset made it moot): stop waiting. */
export function resendSatisfied(c: SessionCore): void {
  c.timers.clear('resend');
}
