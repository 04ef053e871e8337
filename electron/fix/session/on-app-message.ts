// Application messages: delivered to the application once, in MsgSeqNum order (the pipeline guarantees the order
// and advances the expected number after this returns). The application may answer 'unsupported' (-> 35=j 380=3).
import type { FixMessage } from '../codec/fix-message.js';
import { Tag } from './header-fields.js';
import { MsgType } from './msg-types.js';
import { getUint } from './read-fields.js';
import { BusinessRejectReason, rejectReasonText, type SessionRejection } from './reject-reasons.js';
import type { AppMessageContext } from './session-application.js';
import type { SessionCore } from './session-core.js';

function contextOf(c: SessionCore, msg: FixMessage, seq: number): AppMessageContext {
  return {
    session: c.handle,
    seq,
    possDup: msg.getBool(Tag.PossDupFlag) === true,
    possResend: msg.getBool(Tag.PossResend) === true,
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function onAppMessage(c: SessionCore, msg: FixMessage, seq: number): void {
  const type = msg.msgType;
  if (type === MsgType.BusinessMessageReject) reportBusinessReject(c, msg);
  const app = c.o.application;
  if (app === undefined) {
    c.businessReject(msg, BusinessRejectReason.ApplicationNotAvailable, 'Application not available');
    return;
  }
  let result;
  try {
    result = app.onAppMessage(msg, contextOf(c, msg, seq));
  } catch (err) {
    // The message is consumed (it is in the log); the session must not stall on an application bug.
    c.event(`Application failed on inbound ${type} MsgSeqNum ${seq}: ${describe(err)}`);
    return;
  }
  if (result === 'unsupported') {
    c.businessReject(msg, BusinessRejectReason.UnsupportedMessageType, 'Unsupported Message Type');
  }
}

/** A message that failed validation was rejected; make sure the application still hears about it. */
export function onInvalidAppMessage(c: SessionCore, msg: FixMessage, seq: number, r: SessionRejection): void {
  const app = c.o.application;
  const what = `Inbound ${msg.msgType} MsgSeqNum ${seq} rejected (373=${r.reason} ${r.text ?? rejectReasonText(r.reason)})`;
  if (app?.onRejectedAppMessage === undefined) {
    c.event(`${what}; no application handler for rejected messages`);
    return;
  }
  try {
    app.onRejectedAppMessage(msg, r, contextOf(c, msg, seq));
  } catch (err) {
    c.event(`${what}; application handler failed: ${describe(err)}`);
  }
}

function reportBusinessReject(c: SessionCore, msg: FixMessage): void {
  const refSeq = getUint(msg, Tag.RefSeqNum);
  const reason = getUint(msg, Tag.BusinessRejectReason);
  const refMsgType = msg.getString(Tag.RefMsgType);
  const text = msg.getString(Tag.Text);
  c.events.emit('reject', {
    direction: 'in',
    kind: 'business',
    refSeq: Number.isNaN(refSeq) ? 0 : refSeq,
    ...(refMsgType !== undefined ? { refMsgType } : {}),
    ...(Number.isNaN(reason) ? {} : { reason }),
    ...(text !== undefined ? { text } : {}),
    at: c.now(),
  });
}
