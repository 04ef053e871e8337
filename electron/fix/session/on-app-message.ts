// Application messages: delivered to the application once, in MsgSeqNum order (the pipeline guarantees the order
// and advances the expected number after this returns). The application may answer 'unsupported' (-> 35=j 380=3).
// A callback that throws does not stop the session; the message is raised as `applicationError` (never dropped
// silently: an ExecutionReport the order manager failed on is a fill the trader must still see).
import type { FixMessage } from '../codec/fix-message.js';
import { maskSecretsBuffer } from '../log/mask-secrets.js';
import { Tag } from './header-fields.js';
import { MsgType } from './msg-types.js';
import { getUint } from './read-fields.js';
import { BusinessRejectReason, rejectReasonText, type SessionRejection } from './reject-reasons.js';
import type { AppMessageContext } from './session-application.js';
import { fieldsCarrySecrets } from './secret-scan.js';
import type { SessionCore } from './session-core.js';
import type { ApplicationErrorRecord } from './session-events.js';

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
  const ctx = contextOf(c, msg, seq);
  try {
    result = app.onAppMessage(msg, ctx);
  } catch (err) {
    // The session does not stop: one bad message (or one application bug) must not take down a trading session
    // and every message behind it. The number is consumed, so the message is surfaced instead of dropped.
    c.event(`Application failed on inbound ${type} MsgSeqNum ${seq}: ${describe(err)}`);
    applicationFailed(c, 'onAppMessage', msg, ctx, err);
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
  const ctx = contextOf(c, msg, seq);
  try {
    app.onRejectedAppMessage(msg, r, ctx);
  } catch (err) {
    c.event(`${what}; application handler failed: ${describe(err)}`);
    applicationFailed(c, 'onRejectedAppMessage', msg, ctx, err);
  }
}

/** The application threw on `msg`: raise `applicationError` with a masked copy of the message (the parser's view
 * is reused by the next message), so the workstation can show and keep it. */
function applicationFailed(
  c: SessionCore,
  callback: ApplicationErrorRecord['callback'],
  msg: FixMessage,
  ctx: AppMessageContext,
  err: unknown,
): void {
  const view = msg.raw();
  const raw = fieldsCarrySecrets(msg) ? Buffer.from(maskSecretsBuffer(view)) : Buffer.from(view);
  c.events.emit('applicationError', {
    callback,
    msgType: msg.msgType,
    seq: ctx.seq,
    possDup: ctx.possDup,
    raw,
    error: describe(err),
    cause: err,
    at: c.now(),
  });
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
