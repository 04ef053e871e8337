// Request and response types of every command, keyed by channel. Main validates each request against exactly
// this shape (electron/host/validate-command.ts) before the workstation core sees it.
import type { SessionStatus } from '../session-status.js';
import type { CommandChannel, CommandChannelName } from './channels.js';
import type { CommandOutcome } from './outcome.js';

/** Session ids are short configuration keys ("demo-trading"); anything longer is refused unread. */
export const SESSION_ID_MAX_LENGTH = 64;
export const SESSION_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** How long the renderer waits for any command's answer before reporting it timed out. Longer than main's own
 * deadlines (an orderly logout waits for the peer's Logout), so main's answer normally arrives first. */
export const RENDERER_COMMAND_TIMEOUT_MS = 15_000;

export interface SessionCommand {
  readonly sessionId: string;
}

export type EmptyRequest = Record<string, never>;

export interface CommandMap {
  /** Every configured session as it stands now: the renderer's starting point (and after a reload). */
  [CommandChannel.listSessions]: { request: EmptyRequest; response: readonly SessionStatus[] };
  /** Start connecting (and keep reconnecting). Accepted once the attempt is under way, not when logged on. */
  [CommandChannel.connect]: { request: SessionCommand; response: SessionStatus };
  /** Orderly Logout, then stay disconnected. Answered when the session is down. */
  [CommandChannel.disconnect]: { request: SessionCommand; response: SessionStatus };
  /** Both MsgSeqNums back to 1: logged on, by a Logon with 141=Y; otherwise on the next Logon. */
  [CommandChannel.resetSequence]: { request: SessionCommand; response: SessionStatus };
}

export type CommandRequest<C extends CommandChannelName> = CommandMap[C]['request'];
export type CommandResponse<C extends CommandChannelName> = CommandMap[C]['response'];
export type CommandResult<C extends CommandChannelName> = CommandOutcome<CommandResponse<C>>;
