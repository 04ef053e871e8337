// The one serialised way out of the session: take the next MsgSeqNum, stamp SendingTime, encode, persist in the
// store (durable) BEFORE the transport sees the bytes, then write, log and report. While a resend replay is on the
// wire, newly sequenced messages are stored at once but their writes are held back and released after the replay,
// so the peer never sees a new number in the middle of the numbers it asked for.
import { FixEncoder } from '../codec/encoder.js';
import { maskSecretsBuffer } from '../log/mask-secrets.js';
import type { SessionLog } from '../log/session-log.js';
import type { Transport } from '../transport/transport.js';
import { buildHeader } from './build-header.js';
import { bytesCarrySecrets } from './secret-scan.js';
import type { OutboundStamp, SequenceCoordinator } from './sequence-coordinator.js';
import type { SessionEmitter } from './session-events.js';

/** Writes the body; gets the header's MsgSeqNum and SendingTime (a Logon signature covers them). */
export type BodyWriter = (enc: FixEncoder, stamp: OutboundStamp) => void;

export interface SendPathDeps {
  beginString: string;
  senderCompId: string;
  targetCompId: string;
  seq: SequenceCoordinator;
  log: SessionLog | undefined;
  events: SessionEmitter;
  now: () => number;
  /** A number was consumed (report the sequence numbers). */
  sequenced: () => void;
  /** Told about every write, for the heartbeat timer. */
  wrote: (at: number) => void;
}

export class SendPath {
  private readonly enc: FixEncoder;
  private transport: Transport | null = null;
  private held: Array<{ raw: Buffer; msgType: string; seq: number }> | null = null;
  /** The transport's last write asked us to wait for 'drain' (its buffer is over its high-water mark). */
  private blocked = false;
  private drainWaiters: Array<() => void> = [];
  private readonly onDrain = (): void => {
    this.blocked = false;
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const wake of waiters) wake();
  };

  constructor(private readonly d: SendPathDeps) {
    this.enc = new FixEncoder(d.beginString);
  }

  attach(transport: Transport | null): void {
    this.transport?.off('drain', this.onDrain);
    this.transport = transport;
    this.held = null;
    // A connection that goes away will never drain: whoever waits for it must not wait for ever.
    this.onDrain();
    transport?.on('drain', this.onDrain);
  }

  /** The transport is holding more than it wants: a long replay should pause until it drains. */
  get congested(): boolean {
    return this.blocked;
  }

  /** Resolves at the transport's next 'drain' (at once when it is not congested, or when it goes away). */
  whenDrained(): Promise<void> {
    if (!this.blocked) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /** A new message under the next MsgSeqNum. Throws (nothing consumed, nothing written) if the body writer or the
   * store fails. Returns the number used. */
  sendSequenced(msgType: string, writeBody: BodyWriter, possResend = false): number {
    const d = this.d;
    const now = d.now();
    const stamp = d.seq.stampOutbound(now);
    const seq = stamp.seq;
    const enc = this.enc.begin(msgType);
    buildHeader(enc, d.senderCompId, d.targetCompId, seq, stamp.sendingTime, undefined, possResend);
    writeBody(enc, stamp);
    // A copy: the encoder's buffer is reused, and a socket may keep what it was given until it drains.
    const raw = Buffer.from(enc.finish());
    d.seq.persistOutbound(seq, raw);
    if (this.held !== null) this.held.push({ raw, msgType, seq });
    else this.write(raw, msgType, seq, false, now);
    d.sequenced();
    return seq;
  }

  /** A replayed message or gap fill under an old number: 43=Y, 122, fresh 52; never stored again. */
  sendResent(
    msgType: string,
    seq: number,
    origSendingTime: string | undefined,
    writeRest: (enc: FixEncoder) => void,
  ): void {
    const now = this.d.now();
    const sendingTime = this.d.seq.sendingTimeNow(now);
    const enc = this.enc.begin(msgType);
    buildHeader(enc, this.d.senderCompId, this.d.targetCompId, seq, sendingTime, origSendingTime ?? sendingTime);
    writeRest(enc);
    this.write(Buffer.from(enc.finish()), msgType, seq, true, now);
  }

  /** Start holding back newly sequenced writes (a replay begins). */
  hold(): void {
    this.held ??= [];
  }

  /** Write everything held, in order (the replay is done). */
  release(): void {
    const held = this.held;
    this.held = null;
    if (held) for (const h of held) this.write(h.raw, h.msgType, h.seq, false, this.d.now());
  }

  /** `at`: when it is written (the SendingTime instant for a message written at once). */
  private write(raw: Buffer, msgType: string, seq: number, possDup: boolean, at: number): void {
    const t = this.transport;
    if (t === null || !t.isOpen) return;
    if (!t.write(raw)) this.blocked = true;
    this.d.wrote(at);
    this.d.log?.outgoing(raw);
    if (this.d.events.has('message')) {
      // `raw` is already our own copy; only a message that can carry a credential needs the masking scan.
      const shown = bytesCarrySecrets(raw) ? maskSecretsBuffer(raw) : raw;
      this.d.events.emit('message', { direction: 'out', msgType, seq, raw: shown, at, possDup });
    }
  }
}
