// Logon (35=A). Acceptor: vet the initiator's Logon (CompIDs, SendingTime, HeartBtInt, 141 rules, venue hook),
// apply any reset, check its number, answer with our Logon. Initiator: the acceptor's answer completes our logon.
// A refused Logon is answered with a Logout carrying the reason, then the connection closes.
// Either way a number above the expected one is a gap: logged on first, then ResendRequest. A Logon with 141=Y on
// an established session is a mid-session reset.
import type { FixMessage } from '../codec/fix-message.js';
import { checkCompIds, checkSendingTime, checkStructure, type HeaderCheckParams } from './check-header.js';
import { Tag } from './header-fields.js';
import { getUint } from './read-fields.js';
import { rejectReasonText } from './reject-reasons.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

export function headerParams(c: SessionCore, rxAt: number): HeaderCheckParams {
  return {
    senderCompId: c.o.senderCompId,
    targetCompId: c.o.targetCompId,
    rxAt,
    maxSkewMs: c.o.maxSendingTimeSkewMs,
    extraMsgTypes: c.o.extraMsgTypes,
  };
}

export function onLogon(c: SessionCore, msg: FixMessage, rxAt: number): void {
  if (c.state === SessionState.Active || c.state === SessionState.LogoutSent) {
    onLogonWhileLoggedOn(c, msg);
    return;
  }
  const seq = getUint(msg, Tag.MsgSeqNum);
  const reset = msg.getBool(Tag.ResetSeqNumFlag) === true;
  const p = headerParams(c, rxAt);
  const problem = checkStructure(msg) ?? checkCompIds(msg, p) ?? checkSendingTime(msg, p);
  // A refused Logon gets a Logout saying why, not a session Reject: there is no session yet to reject within.
  if (problem !== null) return refuse(c, problem.text ?? rejectReasonText(problem.reason));
  const heartBtInt = getUint(msg, Tag.HeartBtInt);
  const refusal = Number.isNaN(heartBtInt)
    ? 'HeartBtInt (108) missing or invalid'
    : reset && seq !== 1
      ? `ResetSeqNumFlag (141=Y) requires MsgSeqNum 1, received ${seq}`
      : null;
  if (refusal !== null) return refuse(c, refusal);
  const invalid = c.o.validator?.(msg) ?? null;
  if (invalid !== null) return refuse(c, invalid.text ?? rejectReasonText(invalid.reason));
  const acceptor = c.o.role === 'acceptor';
  if (acceptor) {
    const why = c.o.logonHook?.verifyLogon?.(msg) ?? null;
    if (why !== null) return refuse(c, why);
    if (reset || c.o.resetOnLogon || c.resetPendingForLogon) c.seq.resetBoth();
  } else if (reset && !c.sentReset) {
    // The acceptor restarted its numbering unasked: its messages count from 1 again.
    c.event('Peer Logon carries 141=Y that we did not send: expecting its MsgSeqNum 1');
    c.seq.setExpectedTargetSeq(1);
  }
  const verdict = c.seq.classify(seq);
  if (verdict === 'too-low') {
    c.logoutAndDisconnect(`MsgSeqNum too low, expecting ${c.seq.expectedTargetSeq} but received ${seq}`);
    return;
  }
  if (acceptor) {
    c.heartBtIntSec = heartBtInt;
    if (c.sendLogon(true, reset) < 0) return;
  }
  c.loggedOn(reset);
  if (verdict === 'expected') {
    c.seq.inboundProcessed(seq);
    return;
  }
  // The Logon itself is acted on now; its number is consumed when the gap below it has been filled.
  c.queue.add({ seq, msg: msg.detach(), rxAt, handled: true });
  c.requestResend(c.seq.expectedTargetSeq, seq - 1);
}

function refuse(c: SessionCore, text: string): void {
  c.event(`Logon refused: ${text}`);
  c.logoutAndDisconnect(text);
}

function onLogonWhileLoggedOn(c: SessionCore, msg: FixMessage): void {
  const seq = getUint(msg, Tag.MsgSeqNum);
  if (msg.getBool(Tag.ResetSeqNumFlag) !== true || seq !== 1) {
    c.logoutAndDisconnect('Logon received on an established session');
    return;
  }
  c.event('Mid-session sequence reset: peer Logon with 141=Y, both directions restart at 1');
  c.seq.resetBoth();
  c.queue.clear();
  c.sendLogon(true, true);
  c.seq.inboundProcessed(1);
}
