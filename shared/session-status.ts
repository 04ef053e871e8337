// The normalised view of one FIX session that the main process publishes to the renderer (session monitor).
// The renderer never sees raw FIX except in the message inspector.

/** Where a session stands, as a trader or risk user needs to see it. */
export type SessionPhase =
  'disconnected' | 'connecting' | 'logging-on' | 'active' | 'resending' | 'logging-out' | 'reconnect-wait';

export interface SessionStatus {
  /** Stable id of the configured connection, e.g. "demo-trading". */
  readonly id: string;
  readonly phase: SessionPhase;
  readonly senderCompId: string;
  readonly targetCompId: string;
  /** Next MsgSeqNum we will send / we expect to receive. */
  readonly nextSenderSeq: number;
  readonly nextTargetSeq: number;
  /** Epoch ms of the last message received, or null before the first. */
  readonly lastReceivedAt: number | null;
  /** Round trip of the last TestRequest/Heartbeat exchange in ms, or null. */
  readonly roundTripMs: number | null;
  /** When the next reconnect attempt starts (epoch ms), while phase is reconnect-wait. */
  readonly reconnectAt: number | null;
  /** The last reason the session ended or failed, in words. */
  readonly lastError: string | null;
}
