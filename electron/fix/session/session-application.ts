// The contract between a FIX session and the code that owns its application messages (OMS, market data, the
// simulator). Inbound application messages arrive exactly once and in MsgSeqNum order; admin messages never do.
import type { FixEncoder } from '../codec/encoder.js';
import type { FixMessage } from '../codec/fix-message.js';
import type { SessionRejection } from './reject-reasons.js';

/** What the application can do with its session from inside a callback (replying, logging out). */
export interface SessionHandle {
  readonly senderCompId: string;
  readonly targetCompId: string;
  /** Sends an application message; returns its MsgSeqNum. Throws SessionNotActiveError when not logged on. */
  send(msgType: string, writeBody: (enc: FixEncoder) => void): number;
  logout(text?: string): void;
}

export interface AppMessageContext {
  readonly session: SessionHandle;
  readonly seq: number;
  /** 43=Y: the peer says it may have sent this number before (a resend). */
  readonly possDup: boolean;
  /** 97=Y: the peer may have sent this message content before under another number. */
  readonly possResend: boolean;
}

/** `'unsupported'` answers the message with BusinessMessageReject 380=3 (Unsupported Message Type). */
export type AppMessageResult = void | 'unsupported';

export interface SessionApplication {
  /** One inbound application message. `msg` is a view valid only during the call: `msg.detach()` to keep it. */
  onAppMessage(msg: FixMessage, ctx: AppMessageContext): AppMessageResult;
  /**
   * An application message that failed validation: the session has sent a session Reject and consumed its
   * number, but an ExecutionReport carrying a fill must not vanish silently (QuickFIX issue 637). Without this
   * callback the session reports it as an event only.
   */
  onRejectedAppMessage?(msg: FixMessage, rejection: SessionRejection, ctx: AppMessageContext): void;
  /** Logged on (after our/their Logon and before any queued message is processed). */
  onLogon?(session: SessionHandle): void;
  /** The connection ended, for whatever reason. */
  onLogout?(session: SessionHandle, reason: string): void;
}
