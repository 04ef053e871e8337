// Bytes in -> messages processed in MsgSeqNum order. Framing and parsing failures are garbled input: dropped,
// reported, no number consumed. Then, per message: logon gating, BeginString, the sequence verdict (gap -> queue +
// ResendRequest; too low -> duplicate or fatal), header checks, dictionary validation, the handler, and finally the
// expected number moves on. After each arrival, queued messages whose turn has come are processed.
import { FixFramer } from '../codec/framer.js';
import type { FixMessage } from '../codec/fix-message.js';
import { FixParser } from '../codec/parser.js';
import { maskSecrets, maskSecretsBuffer } from '../log/mask-secrets.js';
import { checkHeader, checkOrigSendingTime, type HeaderCheckParams } from './check-header.js';
import { Tag } from './header-fields.js';
import type { QueuedMessage } from './inbound-queue.js';
import { isAdminMsgType, MsgType } from './msg-types.js';
import { onAppMessage, onInvalidAppMessage } from './on-app-message.js';
import { onHeartbeat } from './on-heartbeat.js';
import { onLogon } from './on-logon.js';
import { onLogout } from './on-logout.js';
import { onReject } from './on-reject.js';
import { onResendRequest } from './on-resend-request.js';
import { onSequenceReset } from './on-sequence-reset.js';
import { onTestRequest } from './on-test-request.js';
import { getUint, valueIs } from './read-fields.js';
import { MAX_SEQ } from '../store/message-store.js';
import { RejectReason } from './reject-reasons.js';
import { resendSatisfied } from './request-resend.js';
import { fieldsCarrySecrets } from './secret-scan.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

const EXCERPT = 120;

export class InboundPipeline {
  private readonly parser = new FixParser();
  private readonly framer: FixFramer;
  /** The header check's parameters, reused for every message (only the arrival time changes). */
  private readonly params: HeaderCheckParams;
  /** When the chunk being framed arrived: every message in it arrived then. */
  private rxAt = 0;

  constructor(private readonly c: SessionCore) {
    this.params = {
      senderCompId: c.o.senderCompId,
      targetCompId: c.o.targetCompId,
      rxAt: 0,
      maxSkewMs: c.o.maxSendingTimeSkewMs,
      extraMsgTypes: c.o.extraMsgTypes,
    };
    this.framer = new FixFramer({
      onFrame: (buf, start, end) => this.onFrame(buf, start, end),
      onGarbled: (reason, bytes) => this.garbled(reason, maskSecrets(bytes).slice(0, EXCERPT)),
    });
  }

  rx(chunk: Buffer): void {
    const at = this.c.now();
    this.rxAt = at;
    this.c.heartbeat.noteReceived(at);
    this.framer.push(chunk);
  }

  /** Forget partial input (the connection ended). */
  clear(): void {
    this.framer.clear();
  }

  private garbled(reason: string, detail: string): void {
    const at = this.c.now();
    this.c.event(`Garbled message dropped (${reason}): ${detail.split('\x01').join('|')}`);
    this.c.events.emit('garbled', { reason, detail, at });
  }

  private onFrame(buf: Buffer, start: number, end: number): void {
    if (!this.c.isConnected) return;
    const msg = this.parser.parse(buf, start, end);
    if (msg === null) {
      this.garbled(this.parser.reason ?? 'unparsable', this.parser.detail);
      return;
    }
    const rxAt = this.rxAt;
    this.c.o.log?.incoming(msg.raw());
    if (this.c.events.has('message')) {
      // A copy: listeners may keep it, and the parser's view is only valid until the next message.
      const raw = fieldsCarrySecrets(msg) ? Buffer.from(maskSecretsBuffer(msg.raw())) : Buffer.from(msg.raw());
      const seq = getUint(msg, Tag.MsgSeqNum);
      const possDup = msg.getBool(Tag.PossDupFlag) === true;
      this.c.events.emit('message', { direction: 'in', msgType: msg.msgType, seq: seq || 0, raw, at: rxAt, possDup });
    }
    this.process(msg, rxAt, null);
    this.drainQueue();
    this.c.emitSeqNums();
  }

  private process(msg: FixMessage, rxAt: number, queued: QueuedMessage | null): void {
    const c = this.c;
    const state = c.state;
    const type = msg.msgType;
    const loggedOn = state === SessionState.Active || state === SessionState.LogoutSent;
    if (!loggedOn && state !== SessionState.AwaitingLogon && state !== SessionState.LogonSent) return;
    if (!valueIs(msg, 0, c.o.beginString)) {
      if (loggedOn) c.logoutAndDisconnect('Incorrect BeginString');
      else c.disconnect(`Logon with BeginString ${msg.getString(Tag.BeginString) ?? '?'}, expected ${c.o.beginString}`);
      return;
    }
    if (!loggedOn && type !== MsgType.Logon) {
      if (state === SessionState.LogonSent && type === MsgType.Logout) onLogout(c, msg);
      else c.disconnect(`first message is not a Logon (35=${type})`);
      return;
    }
    const seq = getUint(msg, Tag.MsgSeqNum);
    if (Number.isNaN(seq)) {
      c.logoutAndDisconnect('MsgSeqNum (34) missing or invalid');
      return;
    }
    if (seq >= MAX_SEQ) {
      // Nothing can follow the last representable number: the counterparty must reset (141=Y or SequenceReset).
      c.logoutAndDisconnect(`MsgSeqNum ${seq} reaches the end of the sequence space (${MAX_SEQ}): a reset is required`);
      return;
    }
    if (type === MsgType.Logon && queued === null) {
      onLogon(c, msg, rxAt);
      return;
    }
    const isReset = type === MsgType.SequenceReset && msg.getBool(Tag.GapFillFlag) !== true;
    if (isReset) {
      this.dispatch(msg, seq, rxAt, false);
      return;
    }
    const verdict = c.seq.classify(seq);
    if (verdict === 'too-low') this.tooLow(msg, seq);
    else if (verdict === 'too-high') this.tooHigh(msg, seq, rxAt);
    else if (queued?.handled === true) c.seq.inboundProcessed(seq);
    else this.dispatch(msg, seq, rxAt, true);
  }

  private tooLow(msg: FixMessage, seq: number): void {
    const c = this.c;
    const expected = c.seq.expectedTargetSeq;
    if (msg.getBool(Tag.PossDupFlag) !== true) {
      c.logoutAndDisconnect(`MsgSeqNum too low, expecting ${expected} but received ${seq}`);
      return;
    }
    const problem = checkOrigSendingTime(msg);
    if (problem !== null) {
      c.reject(msg, problem);
      if (problem.logout) c.startLogout();
      return;
    }
    c.event(`Duplicate MsgSeqNum ${seq} (PossDup) ignored, expecting ${expected}`);
  }

  private tooHigh(msg: FixMessage, seq: number, rxAt: number): void {
    const c = this.c;
    const type = msg.msgType;
    const expected = c.seq.expectedTargetSeq;
    c.event(`MsgSeqNum too high, expecting ${expected} but received ${seq}`);
    let handled = false;
    if (type === MsgType.ResendRequest) {
      // Answer at once: both sides may be waiting for each other's resend (simultaneous ResendRequests).
      onResendRequest(c, msg);
      handled = true;
    } else if (type === MsgType.Logout) {
      if (!c.o.resendBeforeLogout) {
        onLogout(c, msg);
        return;
      }
      c.holdPeerLogout(msg.detach());
    }
    if (!c.queue.add({ seq, msg: msg.detach(), rxAt, handled })) {
      c.event(`Inbound queue full or MsgSeqNum ${seq} already queued: not kept, it will be requested again`);
    }
    c.requestResend(expected, seq - 1);
  }

  /** The message's turn (or a Reset, which ignores its number): check, handle, consume its number. */
  private dispatch(msg: FixMessage, seq: number, rxAt: number, consumes: boolean): void {
    const c = this.c;
    const type = msg.msgType;
    const params = this.params;
    params.rxAt = rxAt;
    const problem = checkHeader(msg, params);
    const rejection = problem ?? c.o.validator?.(msg) ?? null;
    if (rejection !== null && problem === null && rejection.businessRejectReason !== undefined) {
      c.businessReject(msg, rejection.businessRejectReason, rejection.text ?? 'Unsupported Message Type');
      if (consumes) c.seq.inboundProcessed(seq);
      return;
    }
    if (rejection !== null) {
      c.reject(msg, rejection);
      // Anything but a CompID problem (a message that is not from our counterparty) still reaches the
      // application: an ExecutionReport with a fill must not vanish because one field was off.
      if (!isAdminMsgType(type) && rejection.reason !== RejectReason.CompIdProblem) {
        onInvalidAppMessage(c, msg, seq, rejection);
      }
      if (consumes) c.seq.inboundProcessed(seq);
      if (problem?.logout === true && c.state === SessionState.Active) c.startLogout();
      return;
    }
    switch (type) {
      case MsgType.Heartbeat:
        onHeartbeat(c, msg, rxAt);
        break;
      case MsgType.TestRequest:
        onTestRequest(c, msg);
        break;
      case MsgType.ResendRequest:
        onResendRequest(c, msg);
        break;
      case MsgType.Reject:
        onReject(c, msg, rxAt);
        break;
      case MsgType.SequenceReset:
        onSequenceReset(c, msg);
        break;
      case MsgType.Logout:
        if (consumes) c.seq.inboundProcessed(seq);
        onLogout(c, msg);
        return;
      default:
        onAppMessage(c, msg, seq);
    }
    if (consumes) c.seq.inboundProcessed(seq);
  }

  /** Process queued messages whose turn has come; ask again for what is still missing. */
  private drainQueue(): void {
    const c = this.c;
    // Numbers below the expected one were skipped by a SequenceReset (which also drops them as it applies).
    if (c.queue.size > 0) c.queue.dropBelow(c.seq.expectedTargetSeq);
    while (c.isConnected && c.queue.size > 0) {
      const next = c.queue.take(c.seq.expectedTargetSeq);
      if (next === undefined) break;
      this.process(next.msg, next.rxAt, next);
    }
    if (c.seq.checkResendSatisfied()) {
      resendSatisfied(c);
      c.event(`Resend complete: expecting ${c.seq.expectedTargetSeq}`);
    }
    if (!c.isConnected || c.queue.size === 0 || c.seq.resendPending !== null) return;
    const low = c.queue.lowestSeq();
    if (low !== undefined && low > c.seq.expectedTargetSeq) c.requestResend(c.seq.expectedTargetSeq, low - 1);
  }
}
