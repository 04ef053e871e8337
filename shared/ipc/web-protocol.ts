// Frames of the web host's WebSocket (a browser stands in for the Electron renderer where no Electron binary
// exists). JSON text frames carrying the same channels and payloads as IPC, validated by main the same way.
import type { CommandChannelName, StreamChannelName } from './channels.js';
import type { CommandOutcome } from './outcome.js';

/** Sub-protocol both sides name; the second offered sub-protocol carries the per-run token (browsers cannot set
 * headers on a WebSocket, and a token in the URL would land in logs). */
export const WEB_PROTOCOL = 'fix-workstation.v1';
export const WEB_TOKEN_PREFIX = 'token.';
export const WEB_SOCKET_PATH = '/ws';
/** Largest frame either side accepts; every legitimate message is far smaller. */
export const WEB_MAX_FRAME_BYTES = 64 * 1024;

export interface CallFrame {
  readonly type: 'call';
  /** Chosen by the client, echoed on the reply. */
  readonly id: number;
  readonly channel: CommandChannelName;
  readonly payload: unknown;
}

export interface ReplyFrame {
  readonly type: 'reply';
  readonly id: number;
  readonly outcome: CommandOutcome<unknown>;
}

export interface EventFrame {
  readonly type: 'event';
  readonly channel: StreamChannelName;
  readonly payload: unknown;
}

export type ClientFrame = CallFrame;
export type ServerFrame = ReplyFrame | EventFrame;
