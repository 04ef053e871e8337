// One configured initiator connection as the workstation sees it: a FIX session, the connector that dials its
// venue and the reconnector that keeps it up while the user wants it up. Owned by the WorkstationCore in the main
// process; the renderer only ever sees the SessionStatus published here and sends the three commands below.
import { Connector } from '../fix/transport/connector.js';
import type { ConnectorOptions } from '../fix/transport/connector-options.js';
import { Reconnector, type ReconnectorOptions } from '../fix/transport/reconnector.js';
import type { Transport } from '../fix/transport/transport.js';
import type { FixEncoder } from '../fix/codec/encoder.js';
import {
  Session,
  SessionState,
  type MessageRecord,
  type RejectRecord,
  type SessionEventMap,
  type SessionOptions,
} from '../fix/session/index.js';
import type { SessionStatus } from '../../shared/session-status.js';
import { accepted, rejected, type CommandOutcome } from '../../shared/ipc/outcome.js';
import { sessionPhase } from './session-phase.js';
import { StatusPublisher } from './status-publisher.js';

export interface SessionConnectionConfig {
  /** Stable id shown to the user and used by commands, e.g. "demo-trading". */
  readonly id: string;
  readonly session: Omit<SessionOptions, 'role'>;
  readonly connector: ConnectorOptions;
  readonly reconnect?: Omit<ReconnectorOptions, 'connect'>;
}

export interface ConnectionDeps {
  readonly now: () => number;
  /** Session events in words, for the main process log. */
  readonly log: (text: string) => void;
}

type Outcome = CommandOutcome<SessionStatus>;

export class SessionConnection {
  readonly id: string;
  private readonly session: Session;
  private readonly reconnector: Reconnector;
  private readonly publisher: StatusPublisher;
  private wantConnected = false;
  /** The current connection ends because the user asked: its end reason is not an error. */
  private userEnded = false;
  private reconnectAt: number | null = null;
  private lastReceivedAt: number | null = null;
  private roundTripMs: number | null = null;
  private lastError: string | null = null;
  private readonly disconnectWaiters: Array<() => void> = [];

  constructor(
    private readonly config: SessionConnectionConfig,
    private readonly deps: ConnectionDeps,
  ) {
    this.id = config.id;
    this.session = new Session({ ...config.session, role: 'initiator' });
    const connector = new Connector({
      ...config.connector,
      onWarning: (text) => deps.log(`${this.id}: ${text}`),
    });
    this.reconnector = new Reconnector({
      ...config.reconnect,
      connect: () => {
        this.session.connecting();
        return connector.connect();
      },
    });
    this.publisher = new StatusPublisher(
      () => this.status,
      deps.now,
      (text) => deps.log(`${this.id}: ${text}`),
    );
    this.wire();
  }

  get status(): SessionStatus {
    const s = this.session;
    return {
      id: this.id,
      phase: sessionPhase({
        state: s.state,
        wantConnected: this.wantConnected,
        // Not in the session's public index yet: the gap we asked for, and a replay we are sending.
        resending: s.isResending,
      }),
      senderCompId: s.senderCompId,
      targetCompId: s.targetCompId,
      nextSenderSeq: s.nextSenderSeq,
      nextTargetSeq: s.nextTargetSeq,
      lastReceivedAt: this.lastReceivedAt,
      roundTripMs: this.roundTripMs,
      reconnectAt: this.wantConnected && s.state === SessionState.Disconnected ? this.reconnectAt : null,
      lastError: this.lastError,
    };
  }

  onStatus(fn: (s: SessionStatus) => void): () => void {
    return this.publisher.subscribe(fn);
  }

  /** Every message in and out (secrets masked by the session), and bytes dropped as garbled: the inspector. */
  onMessage(fn: (m: MessageRecord) => void): () => void {
    return this.session.on('message', fn);
  }

  onGarbled(fn: (g: SessionEventMap['garbled']) => void): () => void {
    return this.session.on('garbled', fn);
  }

  /** An application message that could not be handled (the application threw): kept and shown, never lost. */
  onApplicationError(fn: (e: SessionEventMap['applicationError']) => void): () => void {
    return this.session.on('applicationError', fn);
  }

  /** Session-level Rejects and BusinessMessageRejects in either direction (the OMS matches ours by 45). */
  onReject(fn: (r: RejectRecord) => void): () => void {
    return this.session.on('reject', fn);
  }

  get isActive(): boolean {
    return this.session.state === SessionState.Active;
  }

  /** Sends an application message; returns its MsgSeqNum. Throws SessionNotActiveError unless logged on. */
  send(msgType: string, write: (enc: FixEncoder) => void): number {
    return this.session.send(msgType, write);
  }

  /** Start dialling and keep the session up (reconnecting with backoff) until disconnect(). */
  connect(): Outcome {
    if (this.wantConnected) return rejected(`${this.id} is already ${this.status.phase}`);
    if (this.session.state !== SessionState.Disconnected) {
      return rejected(`${this.id} is still ${this.status.phase}: connect again once it is disconnected`);
    }
    this.wantConnected = true;
    this.userEnded = false;
    this.lastError = null;
    this.reconnectAt = null;
    this.reconnector.start();
    this.publisher.changed();
    return accepted(this.status);
  }

  /** Orderly Logout and no reconnect. Settles once the connection is gone (the session's own logout timeout
   * bounds the wait when the peer does not answer). */
  disconnect(): Promise<Outcome> {
    const state = this.session.state;
    if (!this.wantConnected && state === SessionState.Disconnected) {
      return Promise.resolve(rejected(`${this.id} is already disconnected`));
    }
    this.wantConnected = false;
    this.userEnded = true;
    this.reconnector.stop();
    this.reconnectAt = null;
    this.publisher.changed();
    if (state === SessionState.Disconnected) return Promise.resolve(accepted(this.status));
    const done = new Promise<Outcome>((resolve) => this.disconnectWaiters.push(() => resolve(accepted(this.status))));
    if (state === SessionState.Active) this.session.logout();
    else if (state === SessionState.Connecting) this.session.disconnect('connect cancelled by the user');
    else if (state !== SessionState.LogoutSent) this.session.logout('logon cancelled by the user');
    return done;
  }

  /** Both MsgSeqNums back to 1, and the next Logon carries 141=Y. Only while no connection is up: a reset under a
   * live session would be a mid-session reset, which this workstation never starts. */
  resetSequence(): Outcome {
    if (this.session.isConnected) {
      return rejected(
        `${this.id} is ${this.status.phase}: sequence numbers are reset while disconnected (disconnect first; ` +
          'the next Logon then carries ResetSeqNumFlag 141=Y)',
      );
    }
    this.session.requestSequenceReset();
    this.publisher.changed();
    return accepted(this.status);
  }

  /** Stop for good: logout if logged on (bounded by the session's logout timeout), then release the store. */
  async close(): Promise<void> {
    if (this.wantConnected || this.session.state !== SessionState.Disconnected) await this.disconnect();
    this.session.close();
    this.config.session.store.close();
    this.config.session.log?.close();
    this.publisher.stop();
  }

  private wire(): void {
    const s = this.session;
    const changed = (): void => this.publisher.changed();
    s.on('state', (change) => {
      if (change.to === SessionState.Connecting) this.reconnectAt = null;
      if (change.to === SessionState.Disconnected) {
        if (change.from !== SessionState.Connecting && !this.userEnded) this.lastError = change.reason;
        for (const wake of this.disconnectWaiters.splice(0)) wake();
      }
      changed();
    });
    s.on('logout', (e) => {
      // A Logout answering our Logon is a refused logon: retrying at once could lock the venue account.
      if (e.initiatedBy === 'peer' && s.state === SessionState.LogonSent) this.reconnector.noteAuthFailure();
    });
    s.on('seqNums', changed);
    s.on('testRequestLatency', (e) => {
      this.roundTripMs = e.rttMs;
      changed();
    });
    s.on('event', (e) => {
      this.deps.log(`${this.id}: ${e.text}`);
      changed();
    });
    this.reconnector.on('connected', (transport) => this.attach(transport));
    this.reconnector.on('connectFailed', (err) => {
      this.lastError = err.message;
      s.disconnect(err.message);
    });
    this.reconnector.on('reconnectScheduled', (delayMs, attempt) => {
      this.reconnectAt = this.deps.now() + delayMs;
      this.deps.log(`${this.id}: reconnect attempt ${attempt} in ${delayMs} ms`);
      changed();
    });
  }

  private attach(transport: Transport): void {
    this.session.connected(transport);
    // Liveness as the engine's heartbeat monitor counts it: any bytes from the peer (no per-message copy).
    transport.on('rxData', () => {
      this.lastReceivedAt = this.deps.now();
      this.publisher.changed();
    });
  }
}
