// Configuration of one FIX session, for both roles. Defaults follow QuickFIX where the spec leaves room
// (LogonTimeout 10 s, LogoutTimeout 2 s, MaxLatency 120 s).
import type { SessionLog } from '../log/session-log.js';
import type { MessageStore } from '../store/message-store.js';
import { systemClock, yieldToEventLoop, type SessionClock } from './clock.js';
import type { LogonHook } from './logon-hook.js';
import type { MessageValidator } from './reject-reasons.js';
import type { SessionApplication } from './session-application.js';
import type { DailyResetTime } from './session-schedule.js';

export type SessionRole = 'initiator' | 'acceptor';

export interface SessionOptions {
  role: SessionRole;
  /** Default FIX.4.4. */
  beginString?: string;
  /** Our CompID (49 on what we send). */
  senderCompId: string;
  /** The counterparty's CompID (56 on what we send). */
  targetCompId: string;
  store: MessageStore;
  log?: SessionLog;
  clock?: SessionClock;
  application?: SessionApplication;
  logonHook?: LogonHook;
  /** Initiator: HeartBtInt we propose (default 30 s). Acceptor: replaced by the peer's 108. 0 = no heartbeats. */
  heartBtIntSec?: number;
  /** Initiator: every Logon carries 141=Y. Acceptor: every Logon received resets both numbers first. */
  resetOnLogon?: boolean;
  /** How application messages are answered on a ResendRequest: replayed (default) or gap-filled (Kraken asks
   * clients to gap-fill, and a replayed order is a new instruction). Admin messages are always gap-filled. */
  resendPolicy?: 'replay' | 'gap-fill';
  /** Stored messages read per chunk while answering a ResendRequest (default 1000). */
  resendChunkSize?: number;
  /** Largest accepted |SendingTime - now| (default 120 000 ms); 0 disables the check. */
  maxSendingTimeSkewMs?: number;
  logonTimeoutMs?: number;
  /** After our Logout, how long to wait for the peer's (default 2000 ms). */
  logoutTimeoutMs?: number;
  /** Acceptor: after answering the peer's Logout, close if the initiator has not (default 1000 ms). */
  logoutCloseDelayMs?: number;
  /** TestRequest after HeartBtInt x this of receive silence; disconnect after as long again (default 1.2). */
  testRequestFactor?: number;
  /** A Logout that reveals a gap: ask for the missing messages and wait (up to logoutTimeoutMs) before answering. */
  resendBeforeLogout?: boolean;
  /** Our ResendRequest still unanswered after this long (the expected number has not moved) is sent again
   * (default 2 x HeartBtInt, 60 000 ms without heartbeats; 0 = wait for ever, as before). */
  resendRequestTimeoutMs?: number;
  /** Times an unanswered ResendRequest is sent again before we log out because the gap never fills (default 2). */
  resendRequestRetries?: number;
  /** While Active, send a TestRequest this often to measure the round trip (testRequestLatency); 0 = off (default). */
  latencyProbeIntervalMs?: number;
  /** Messages held beyond a gap (default 10 000). */
  maxQueuedMessages?: number;
  /** Dictionary validation for every inbound message (behind an option: off when absent). */
  validator?: MessageValidator;
  /** MsgTypes the venue adds to FIX 4.4 (anything else unknown gets Reject 373=11). */
  extraMsgTypes?: readonly string[];
  /** The venue's daily reset: logout, both numbers to 1, next Logon with 141=Y (Kraken: KRAKEN_DAILY_RESET). */
  dailyReset?: DailyResetTime;
  /** Between resend chunks (default setImmediate). */
  yieldToEventLoop?: () => Promise<void>;
}

export interface ResolvedSessionOptions extends Required<
  Omit<
    SessionOptions,
    'log' | 'application' | 'logonHook' | 'validator' | 'dailyReset' | 'extraMsgTypes' | 'resendRequestTimeoutMs'
  >
> {
  /** undefined: 2 x the HeartBtInt in force on the connection. */
  resendRequestTimeoutMs: number | undefined;
  log: SessionLog | undefined;
  application: SessionApplication | undefined;
  logonHook: LogonHook | undefined;
  validator: MessageValidator | undefined;
  dailyReset: DailyResetTime | undefined;
  extraMsgTypes: ReadonlySet<string>;
}

function nonNegative(name: string, v: number): number {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`session option ${name} must be >= 0, got ${String(v)}`);
  return v;
}

function wholeNumber(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 0)
    throw new RangeError(`session option ${name} must be a whole number >= 0, got ${String(v)}`);
  return v;
}

export function resolveSessionOptions(o: SessionOptions): ResolvedSessionOptions {
  if (o.role !== 'initiator' && o.role !== 'acceptor') {
    throw new TypeError(`session option role must be 'initiator' or 'acceptor', got ${String(o.role)}`);
  }
  for (const [name, v] of [
    ['senderCompId', o.senderCompId],
    ['targetCompId', o.targetCompId],
  ] as const) {
    if (typeof v !== 'string' || v.length === 0)
      throw new TypeError(`session option ${name} must be a non-empty string`);
  }
  const chunk = o.resendChunkSize ?? 1000;
  if (!Number.isInteger(chunk) || chunk < 1) throw new RangeError('session option resendChunkSize must be >= 1');
  const hb = nonNegative('heartBtIntSec', o.heartBtIntSec ?? 30);
  if (!Number.isInteger(hb)) throw new RangeError('session option heartBtIntSec must be a whole number of seconds');
  const policy = o.resendPolicy ?? 'replay';
  if (policy !== 'replay' && policy !== 'gap-fill') throw new TypeError("resendPolicy must be 'replay' or 'gap-fill'");
  return {
    role: o.role,
    beginString: o.beginString ?? 'FIX.4.4',
    senderCompId: o.senderCompId,
    targetCompId: o.targetCompId,
    store: o.store,
    log: o.log,
    clock: o.clock ?? systemClock,
    application: o.application,
    logonHook: o.logonHook,
    heartBtIntSec: hb,
    resetOnLogon: o.resetOnLogon ?? false,
    resendPolicy: policy,
    resendChunkSize: chunk,
    maxSendingTimeSkewMs: nonNegative('maxSendingTimeSkewMs', o.maxSendingTimeSkewMs ?? 120_000),
    logonTimeoutMs: nonNegative('logonTimeoutMs', o.logonTimeoutMs ?? 10_000),
    logoutTimeoutMs: nonNegative('logoutTimeoutMs', o.logoutTimeoutMs ?? 2000),
    logoutCloseDelayMs: nonNegative('logoutCloseDelayMs', o.logoutCloseDelayMs ?? 1000),
    testRequestFactor: Math.max(1, o.testRequestFactor ?? 1.2),
    resendBeforeLogout: o.resendBeforeLogout ?? false,
    resendRequestTimeoutMs:
      o.resendRequestTimeoutMs === undefined
        ? undefined
        : nonNegative('resendRequestTimeoutMs', o.resendRequestTimeoutMs),
    resendRequestRetries: wholeNumber('resendRequestRetries', o.resendRequestRetries ?? 2),
    latencyProbeIntervalMs: nonNegative('latencyProbeIntervalMs', o.latencyProbeIntervalMs ?? 0),
    maxQueuedMessages: Math.max(1, o.maxQueuedMessages ?? 10_000),
    validator: o.validator,
    extraMsgTypes: new Set(o.extraMsgTypes ?? []),
    dailyReset: o.dailyReset,
    yieldToEventLoop: o.yieldToEventLoop ?? yieldToEventLoop,
  };
}
