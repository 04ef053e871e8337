// One FIX 4.4 session, initiator or acceptor: one state machine, one serialised send path, one owner of sequence
// numbers. Lives in the main process; the transport (connector/reconnector or listener) hands it connections, the
// application gets inbound application messages in order and sends through `send`. Nothing here throws into the
// socket path: protocol faults become Rejects, Logouts or disconnects, and all of them are reported as events.
import type { FixMessage } from '../codec/fix-message.js';
import type { Transport } from '../transport/transport.js';
import type { SessionClock } from './clock.js';
import { DailyReset } from './daily-reset.js';
import { heartbeatActions } from './heartbeat-actions.js';
import { HeartbeatMonitor } from './heartbeat-monitor.js';
import { InboundPipeline } from './inbound-pipeline.js';
import { InboundQueue } from './inbound-queue.js';
import { LatencyProbes } from './latency-probes.js';
import { isAdminMsgType } from './msg-types.js';
import { holdPeerLogout, logoutAndDisconnect, peerLogoutAnswered, startLogout } from './logout-flow.js';
import { NamedTimers } from './named-timers.js';
import type { SessionRejection } from './reject-reasons.js';
import { requestResend } from './request-resend.js';
import { Resender } from './resender.js';
import { sendBusinessReject, sendReject } from './send-rejects.js';
import { sendLogon } from './send-logon.js';
import { SendPath, type BodyWriter } from './send-path.js';
import { SequenceCoordinator } from './sequence-coordinator.js';
import type { SessionHandle } from './session-application.js';
import type { AdminBodyWriter, SessionCore, SessionTimer } from './session-core.js';
import { SessionEmitter, type SessionEventMap, type SessionListener } from './session-events.js';
import { SessionNotActiveError } from './session-errors.js';
import { resolveSessionOptions, type ResolvedSessionOptions, type SessionOptions } from './session-options.js';
import { SessionState } from './session-state.js';
import { SessionStateMachine } from './state-machine.js';

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class Session implements SessionCore, SessionHandle {
  readonly o: ResolvedSessionOptions;
  readonly seq: SequenceCoordinator;
  readonly heartbeat: HeartbeatMonitor;
  readonly resender: Resender;
  readonly queue: InboundQueue;
  readonly probes: LatencyProbes;
  readonly events: SessionEmitter;
  heartBtIntSec: number;
  private readonly clock: SessionClock;
  private readonly machine: SessionStateMachine;
  private readonly out: SendPath;
  private readonly inbound: InboundPipeline;
  readonly timers: NamedTimers<SessionTimer>;
  private readonly daily: DailyReset;
  private transport: Transport | null = null;
  private detachTransport: (() => void) | null = null;
  private resetForNextLogon = false;
  private sentResetThisConnection = false;
  private closed = false;
  private reportedSenderSeq = 0;
  private reportedTargetSeq = 0;

  constructor(options: SessionOptions) {
    this.o = resolveSessionOptions(options);
    this.clock = this.o.clock;
    this.heartBtIntSec = this.o.heartBtIntSec;
    this.events = new SessionEmitter((event, err) => this.event(`listener for '${event}' failed: ${describe(err)}`));
    this.machine = new SessionStateMachine(() => this.clock.now(), {
      changed: (change) => {
        this.event(`State ${change.from} -> ${change.to}: ${change.reason}`);
        this.events.emit('state', change);
      },
      refused: (from, to, reason) => this.event(`Refused state change ${from} -> ${to} (${reason})`),
    });
    this.seq = new SequenceCoordinator(this.o.store, this.clock);
    this.queue = new InboundQueue(this.o.maxQueuedMessages);
    this.timers = new NamedTimers(this.clock);
    this.out = new SendPath({
      beginString: this.o.beginString,
      senderCompId: this.o.senderCompId,
      targetCompId: this.o.targetCompId,
      seq: this.seq,
      log: this.o.log,
      events: this.events,
      now: () => this.clock.now(),
      sequenced: () => this.emitSeqNums(),
      wrote: (at) => this.heartbeat.noteSent(at),
    });
    this.heartbeat = new HeartbeatMonitor(
      this.clock,
      this.o.testRequestFactor,
      heartbeatActions(this, (reason) => this.disconnect(reason, true)),
    );
    this.resender = new Resender({
      seq: this.seq,
      out: this.out,
      policy: this.o.resendPolicy,
      chunkSize: this.o.resendChunkSize,
      yieldToEventLoop: this.o.yieldToEventLoop,
      event: (text) => this.event(text),
      failed: (err) => this.disconnect(`resend failed: ${describe(err)}`),
    });
    this.probes = new LatencyProbes(this);
    this.inbound = new InboundPipeline(this);
    this.daily = new DailyReset(this.clock, this.o.dailyReset, this);
    this.daily.start();
  }

  // ---- public API ------------------------------------------------------------------------------------------

  get state(): SessionState {
    return this.machine.current;
  }
  get senderCompId(): string {
    return this.o.senderCompId;
  }
  get targetCompId(): string {
    return this.o.targetCompId;
  }
  get nextSenderSeq(): number {
    return this.seq.nextSenderSeq;
  }
  get nextTargetSeq(): number {
    return this.seq.expectedTargetSeq;
  }
  get isConnected(): boolean {
    return this.transport !== null;
  }
  get handle(): SessionHandle {
    return this;
  }
  get sentReset(): boolean {
    return this.sentResetThisConnection;
  }
  get resetPendingForLogon(): boolean {
    return this.resetForNextLogon;
  }
  /** An inbound gap is being filled (our ResendRequest is outstanding) or we are replaying for the peer. */
  get isResending(): boolean {
    return this.seq.resendPending !== null || this.resender.busy;
  }
  /** When the next scheduled daily reset is due (epoch ms), or 0 without a schedule. */
  get nextDailyResetAt(): number {
    return this.daily.nextAt;
  }

  on<K extends keyof SessionEventMap>(event: K, fn: SessionListener<K>): () => void {
    return this.events.on(event, fn);
  }

  /** Initiator: the connector is dialling. */
  connecting(): void {
    this.machine.transition(SessionState.Connecting, 'connecting');
  }

  /**
   * A connected transport (TLS done) for this session. Initiator: sends our Logon. Acceptor: awaits the peer's;
   * `received` = bytes an acceptor already read from this connection to identify the session (its Logon).
   */
  connected(transport: Transport, received?: Buffer): void {
    if (this.closed || this.transport !== null) {
      this.event(
        `Connection from ${transport.info.remote} refused: session ${this.closed ? 'closed' : 'already connected'}`,
      );
      transport.close();
      return;
    }
    const rx = this.attach(transport);
    this.daily.checkStaleStore();
    if (this.o.role === 'acceptor') {
      this.machine.transition(SessionState.AwaitingLogon, `connection from ${transport.info.remote}`);
      this.timers.set('logon', this.o.logonTimeoutMs, () => this.disconnect('no Logon received in time'));
      if (received !== undefined && received.length > 0) rx(received);
      return;
    }
    const reset = this.o.resetOnLogon || this.resetForNextLogon;
    if (reset) this.seq.resetBoth();
    this.sentResetThisConnection = reset;
    this.machine.transition(SessionState.LogonSent, `connected to ${transport.info.remote}`);
    if (this.sendLogon(false, reset) < 0) return;
    this.timers.set('logon', this.o.logonTimeoutMs, () => this.disconnect('no Logon answer in time'));
  }

  /** Sends an application message; returns its MsgSeqNum. Throws when not Active or on a store/encode failure. */
  send(msgType: string, writeBody: BodyWriter): number {
    if (this.state !== SessionState.Active) throw new SessionNotActiveError(this.state, `send ${msgType}`);
    if (isAdminMsgType(msgType))
      throw new TypeError(`MsgType ${msgType} is session-level: the session sends it itself`);
    return this.out.sendSequenced(msgType, writeBody);
  }

  /**
   * Sends a TestRequest now to measure the round trip; returns its TestReqID. The Heartbeat echoing it raises
   * `testRequestLatency` with that id. Throws when not Active (or if the message could not be stored or sent).
   */
  sendTestRequest(): string {
    if (this.state !== SessionState.Active) throw new SessionNotActiveError(this.state, 'send a TestRequest');
    const id = this.probes.send();
    if (id === null) throw new SessionNotActiveError(this.state, 'send a TestRequest');
    return id;
  }

  /** Orderly end: our Logout, then wait for the peer's. Before logon completes, simply disconnects. */
  logout(text?: string): void {
    if (this.state === SessionState.Active) this.startLogout(text);
    else if (this.state !== SessionState.LogoutSent && this.transport !== null)
      this.disconnect(text ?? 'logout requested');
  }

  /** Drop the connection without a Logout (abnormal: Kraken's cancel-on-disconnect fires). */
  disconnect(reason: string, abrupt = false): void {
    const t = this.transport;
    if (t === null) {
      if (this.state === SessionState.Connecting) this.machine.transition(SessionState.Disconnected, reason);
      return;
    }
    this.connectionEnded(reason);
    if (abrupt) t.destroy(reason);
    else t.close();
  }

  /** Our next Logon will carry 141=Y and both numbers restart at 1 (when logged on, after the next reconnect). */
  requestSequenceReset(): void {
    this.resetForNextLogon = true;
    if (this.transport === null) this.resetNumbers('sequence reset requested');
  }

  /** Stop for good: disconnect, stop the daily schedule. The store and log stay open: their owner closes them. */
  close(): void {
    this.closed = true;
    this.daily.stop();
    this.disconnect('session closed');
  }

  // ---- SessionCore (used by handlers) ------------------------------------------------------------------------

  now(): number {
    return this.clock.now();
  }

  transition(to: SessionState, reason: string): boolean {
    return this.machine.transition(to, reason);
  }

  event(text: string): void {
    this.o.log?.event(text);
    this.events.emit('event', { text, at: this.clock.now() });
  }

  sendAdmin(msgType: string, body: AdminBodyWriter): number {
    if (this.transport === null) return -1;
    try {
      return this.out.sendSequenced(msgType, body);
    } catch (err) {
      this.event(`Could not send ${msgType}: ${describe(err)}`);
      this.disconnect('outbound message could not be stored or encoded', true);
      return -1;
    }
  }

  sendLogon(isResponse: boolean, resetSeqNum: boolean): number {
    return sendLogon(this, isResponse, resetSeqNum);
  }

  reject(msg: FixMessage, r: SessionRejection): void {
    sendReject(this, msg, r);
  }

  businessReject(msg: FixMessage, reason: number, text: string): void {
    sendBusinessReject(this, msg, reason, text);
  }

  requestResend(begin: number, knownEnd: number): void {
    requestResend(this, begin, knownEnd);
  }

  loggedOn(resetSeqNum: boolean): void {
    this.timers.clear('logon');
    if (!this.machine.transition(SessionState.Active, resetSeqNum ? 'logon (sequence numbers reset)' : 'logon')) return;
    this.resetForNextLogon = false;
    this.heartbeat.start(this.heartBtIntSec);
    this.probes.start();
    this.events.emit('logon', { resetSeqNum, heartBtIntSec: this.heartBtIntSec, at: this.clock.now() });
    this.emitSeqNums();
    try {
      this.o.application?.onLogon?.(this);
    } catch (err) {
      this.event(`Application onLogon failed: ${describe(err)}`);
    }
  }

  startLogout(text?: string): void {
    startLogout(this, text);
  }

  logoutAndDisconnect(text: string): void {
    logoutAndDisconnect(this, text);
  }

  peerLogoutAnswered(): void {
    peerLogoutAnswered(this);
  }

  holdPeerLogout(msg: FixMessage): void {
    holdPeerLogout(this, msg);
  }

  // ---- connection lifecycle ----------------------------------------------------------------------------------

  private attach(transport: Transport): (chunk: Buffer) => void {
    const onRx = (chunk: Buffer): void => {
      try {
        this.inbound.rx(chunk);
      } catch (err) {
        this.event(`Inbound processing failed: ${describe(err)}`);
        this.disconnect('internal error while processing inbound data', true);
      }
    };
    const onDisconnected = (reason: string): void => {
      if (this.transport === transport) this.connectionEnded(`transport closed: ${reason}`);
    };
    this.transport = transport;
    this.sentResetThisConnection = false;
    this.out.attach(transport);
    transport.on('rxData', onRx);
    transport.on('disconnected', onDisconnected);
    this.detachTransport = () => {
      transport.off('rxData', onRx);
      transport.off('disconnected', onDisconnected);
    };
    return onRx;
  }

  private connectionEnded(reason: string): void {
    const wasLoggedOn = this.state === SessionState.Active || this.state === SessionState.LogoutSent;
    this.detachTransport?.();
    this.detachTransport = null;
    this.transport = null;
    this.out.attach(null);
    this.timers.clearAll();
    this.heartbeat.stop();
    this.resender.cancel();
    this.queue.clear();
    this.seq.clearResendPending();
    this.inbound.clear();
    this.machine.transition(SessionState.Disconnected, reason);
    this.daily.connectionEnded();
    if (wasLoggedOn) {
      try {
        this.o.application?.onLogout?.(this, reason);
      } catch (err) {
        this.event(`Application onLogout failed: ${describe(err)}`);
      }
    }
  }

  /** Both numbers back to 1 now; the next Logon carries 141=Y (daily reset, or asked for while disconnected). */
  resetNumbers(why: string): void {
    this.seq.resetBoth();
    this.resetForNextLogon = true;
    this.event(`Sequence numbers reset to 1 (${why}); next Logon carries 141=Y`);
    this.emitSeqNums();
  }

  get storeCreatedAt(): number {
    return this.seq.storeCreatedAt;
  }

  /** Reports both numbers when either changed since the last report. */
  emitSeqNums(): void {
    const nextSenderSeq = this.seq.nextSenderSeq;
    const nextTargetSeq = this.seq.expectedTargetSeq;
    if (nextSenderSeq === this.reportedSenderSeq && nextTargetSeq === this.reportedTargetSeq) return;
    this.reportedSenderSeq = nextSenderSeq;
    this.reportedTargetSeq = nextTargetSeq;
    if (this.events.has('seqNums')) this.events.emit('seqNums', { nextSenderSeq, nextTargetSeq });
  }
}
