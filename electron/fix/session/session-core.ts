// What the message handlers (on-*.ts), the resender and the inbound pipeline may use of a session. Implemented by
// Session; kept as an interface so each handler stays a small function over this surface.
import type { FixMessage } from '../codec/fix-message.js';
import type { HeartbeatMonitor } from './heartbeat-monitor.js';
import type { InboundQueue } from './inbound-queue.js';
import type { LatencyProbes } from './latency-probes.js';
import type { NamedTimers } from './named-timers.js';
import type { SessionRejection } from './reject-reasons.js';
import type { Resender } from './resender.js';
import type { BodyWriter } from './send-path.js';
import type { SequenceCoordinator } from './sequence-coordinator.js';
import type { SessionHandle } from './session-application.js';
import type { SessionEmitter } from './session-events.js';
import type { ResolvedSessionOptions } from './session-options.js';
import type { SessionState } from './session-state.js';

export type AdminBodyWriter = BodyWriter;

/** One-shot timers of a connection (all cleared when it ends): 'resend' waits for an answer to our ResendRequest,
 * 'latencyProbe' is the next periodic round-trip TestRequest. */
export type SessionTimer = 'logon' | 'logout' | 'closeDelay' | 'resend' | 'latencyProbe';

export interface SessionCore {
  readonly o: ResolvedSessionOptions;
  readonly seq: SequenceCoordinator;
  readonly heartbeat: HeartbeatMonitor;
  readonly resender: Resender;
  readonly queue: InboundQueue;
  /** Round-trip TestRequests (on demand and periodic), apart from the liveness TestRequest. */
  readonly probes: LatencyProbes;
  readonly timers: NamedTimers<SessionTimer>;
  readonly events: SessionEmitter;
  readonly handle: SessionHandle;
  readonly state: SessionState;
  /** True while a transport is attached. */
  readonly isConnected: boolean;
  /** HeartBtInt in force on this connection (the acceptor takes the initiator's). */
  heartBtIntSec: number;
  /** 141=Y was on the Logon we sent on this connection. */
  readonly sentReset: boolean;
  /** Our next Logon must carry 141=Y (daily reset done, or asked for). */
  readonly resetPendingForLogon: boolean;
  now(): number;
  transition(to: SessionState, reason: string): boolean;
  event(text: string): void;
  /** A session-level message under the next number. Never throws: a store failure ends the connection (-1). */
  sendAdmin(msgType: string, body: AdminBodyWriter): number;
  /** Our Logon (response = acceptor answering, or a mid-session reset answer). */
  sendLogon(isResponse: boolean, resetSeqNum: boolean): number;
  /** Reject (35=3) for `msg`; never for a Reject. */
  reject(msg: FixMessage, r: SessionRejection): void;
  /** BusinessMessageReject (35=j) for `msg`; never for a BusinessMessageReject. */
  businessReject(msg: FixMessage, reason: number, text: string): void;
  /** ResendRequest 7=begin 16=0 unless one is outstanding; `knownEnd` = highest number known missing. */
  requestResend(begin: number, knownEnd: number): void;
  /** Logged on: Active, heartbeats start, logon event, application told. */
  loggedOn(resetSeqNum: boolean): void;
  /** Our Logout; then wait for the peer's (LogoutSent, logout timeout). */
  startLogout(text?: string): void;
  /** Logout with a reason, then close at once (fatal protocol errors). */
  logoutAndDisconnect(text: string): void;
  /** The peer's Logout was answered: the initiator closes; the acceptor gives the initiator a moment to close. */
  peerLogoutAnswered(): void;
  /** A Logout arrived beyond a gap and we wait for the gap to fill first (resendBeforeLogout). */
  holdPeerLogout(msg: FixMessage): void;
  disconnect(reason: string): void;
  /** Report the sequence numbers if they changed. */
  emitSeqNums(): void;
}
