// Events main pushes to the renderer, keyed by channel. Status events carry the whole normalised status of one
// session (small, and a late subscriber never has to replay a history of deltas).
import type { SessionStatus } from '../session-status.js';
import type { StreamChannel, StreamChannelName } from './channels.js';

export interface StreamMap {
  [StreamChannel.sessionStatus]: SessionStatus;
}

export type StreamEvent<S extends StreamChannelName> = StreamMap[S];
