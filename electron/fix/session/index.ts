// The FIX session layer: one state machine for initiator and acceptor, sequence numbers, heartbeats, resend and
// gap fill, the daily reset. Public surface only; handlers and builders stay internal.
export { Session } from './session.js';
export { SessionState, isConnectedState } from './session-state.js';
export type { StateChange } from './state-machine.js';
export type { SessionOptions, SessionRole } from './session-options.js';
export type { SessionClock } from './clock.js';
export { systemClock } from './clock.js';
export type { SessionApplication, SessionHandle, AppMessageContext, AppMessageResult } from './session-application.js';
export type { LogonHook, LogonContext } from './logon-hook.js';
export type {
  SessionEventMap,
  SessionListener,
  MessageRecord,
  RejectRecord,
  ApplicationErrorRecord,
  Direction,
} from './session-events.js';
export { SessionNotActiveError } from './session-errors.js';
export {
  RejectReason,
  BusinessRejectReason,
  rejectReasonText,
  type SessionRejection,
  type MessageValidator,
} from './reject-reasons.js';
export {
  KRAKEN_DAILY_RESET,
  nextDailyReset,
  previousDailyReset,
  isStaleAfterDailyReset,
  type DailyResetTime,
} from './session-schedule.js';
export { MsgType, isAdminMsgType, isValidMsgType } from './msg-types.js';
export { bodyBytes } from './message-parts.js';
export { dictionaryValidator } from './dictionary-validator.js';
export { runInitiator, type InitiatorLink } from './initiator-link.js';
export { KRAKEN_INITIATOR_PRESET, type KrakenInitiatorPreset } from './presets.js';
