// Per-session message and event log, QuickFIX style. Owned by the session (main process); every implementation
// masks secrets before the entry is stored or written.

export interface SessionLog {
  /** A message as received from the counterparty (framed, before validation). */
  incoming(raw: Buffer): void;
  /** A message as written to the socket. */
  outgoing(raw: Buffer): void;
  /** A session event in words: state changes, timeouts, rejects, reconnects. */
  event(text: string): void;
  close(): void;
}

export type LogEntryKind = 'incoming' | 'outgoing' | 'event';

export interface LogEntry {
  kind: LogEntryKind;
  time: Date;
  /** Masked text. For messages, bytes read as latin1 (1:1 with the wire bytes, SOH kept). */
  text: string;
}
