// Everything the UI (session monitor, message inspector) and supervisors can observe about a session. Raw
// messages in events are copies with secrets (554, 5025, 96, 925) masked by the log layer's masking.
import type { StateChange } from './state-machine.js';

export type Direction = 'in' | 'out';

export interface MessageRecord {
  direction: Direction;
  msgType: string;
  seq: number;
  /** The whole message as on the wire, secrets masked. */
  raw: Buffer;
  at: number;
  possDup: boolean;
}

export interface RejectRecord {
  direction: Direction;
  /** 'session' = Reject 35=3, 'business' = BusinessMessageReject 35=j. */
  kind: 'session' | 'business';
  refSeq: number;
  refMsgType?: string;
  refTag?: number;
  /** 373 (session) or 380 (business). */
  reason?: number;
  text?: string;
  at: number;
}

/**
 * The application's callback threw on an inbound application message. The session has consumed the message's
 * number (it goes on with the next one: one bad message must not stop a trading session), so this event is where
 * the message survives: the workstation shows it and persists it, and an ExecutionReport is never lost silently.
 */
export interface ApplicationErrorRecord {
  /** Which callback failed: the normal one, or the one for a message that failed validation. */
  callback: 'onAppMessage' | 'onRejectedAppMessage';
  msgType: string;
  seq: number;
  possDup: boolean;
  /** The whole message as received (a copy), secrets masked. */
  raw: Buffer;
  /** The error's message. */
  error: string;
  /** What was thrown, for its stack. */
  cause: unknown;
  at: number;
}

export interface SessionEventMap {
  state: StateChange;
  /** After any change of either number. */
  seqNums: { nextSenderSeq: number; nextTargetSeq: number };
  message: MessageRecord;
  heartbeat: { direction: Direction; at: number };
  /** Round trip of one of our TestRequests, measured when the Heartbeat echoing its 112 arrives. */
  testRequestLatency: { testReqId: string; rttMs: number };
  /** Bytes the framer or parser could not use: dropped, no sequence number consumed. */
  garbled: { reason: string; detail: string; at: number };
  reject: RejectRecord;
  logon: { resetSeqNum: boolean; heartBtIntSec: number; at: number };
  logout: { initiatedBy: 'us' | 'peer'; text?: string; at: number };
  /** Initiator: the venue answered our Logon with a Logout (bad credentials, unknown CompID, rollover window). */
  logonRefused: { text?: string; at: number };
  /** The application threw on an inbound message: the message, masked, so it can be shown and kept. */
  applicationError: ApplicationErrorRecord;
  /** A human-readable session event (also written to the SessionLog). */
  event: { text: string; at: number };
}

export type SessionListener<K extends keyof SessionEventMap> = (e: SessionEventMap[K]) => void;

type AnyListener = (e: never) => void;

/** Synchronous, typed. A throwing listener is reported through `onListenerError` and never reaches the session. */
export class SessionEmitter {
  private readonly listeners = new Map<keyof SessionEventMap, AnyListener[]>();

  constructor(private readonly onListenerError: (event: string, err: unknown) => void) {}

  on<K extends keyof SessionEventMap>(event: K, fn: SessionListener<K>): () => void {
    const list = this.listeners.get(event) ?? [];
    list.push(fn as AnyListener);
    this.listeners.set(event, list);
    return () => this.off(event, fn);
  }

  off<K extends keyof SessionEventMap>(event: K, fn: SessionListener<K>): void {
    const list = this.listeners.get(event);
    const i = list?.indexOf(fn as AnyListener) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
  }

  has(event: keyof SessionEventMap): boolean {
    return (this.listeners.get(event)?.length ?? 0) > 0;
  }

  emit<K extends keyof SessionEventMap>(event: K, payload: SessionEventMap[K]): void {
    const list = this.listeners.get(event);
    if (!list || list.length === 0) return;
    // One listener (the usual case) needs no snapshot: nothing it subscribes or unsubscribes can be called now.
    if (list.length === 1) this.call(event, list[0] as SessionListener<K>, payload);
    else for (const fn of list.slice()) this.call(event, fn as SessionListener<K>, payload);
  }

  private call<K extends keyof SessionEventMap>(event: K, fn: SessionListener<K>, payload: SessionEventMap[K]): void {
    try {
      fn(payload);
    } catch (err) {
      if (event !== 'event') this.onListenerError(event, err);
    }
  }
}
