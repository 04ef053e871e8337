// The peer side of the session fuzz: owns the in-memory connection to the Session under test, logs on with 141=Y,
// pushes fuzz messages, and behaves like a cooperative counterparty toward what the session sends back (answers a
// ResendRequest with a GapFill, a TestRequest with a Heartbeat, a Logout with a Logout). It also checks what the
// session writes: every outbound message parses, and the session's numbers run contiguously per connection.
import { FixFramer, FixParser, formatUtcTimestamp } from '../../../electron/fix/codec/index.js';
import { SessionState, type Session } from '../../../electron/fix/session/index.js';
import type { FuzzMessages } from './fuzz-messages.js';
import { MemoryTransport } from './memory-transport.js';

export interface FuzzStats {
  injected: number;
  byKind: Record<string, number>;
  /** Connections the session ended, by reason (numbers stripped so reasons group). */
  sessionDisconnects: Record<string, number>;
  /** Connections the peer dropped (periodic reconnects, stalls). */
  peerDisconnects: number;
  logons: number;
  maxQueued: number;
  outbound: Record<string, number>;
  /** Problems with what the session wrote or how it ended connections. */
  problems: string[];
}

export class FuzzPeer {
  readonly stats: FuzzStats = {
    injected: 0,
    byKind: {},
    sessionDisconnects: {},
    peerDisconnects: 0,
    logons: 0,
    maxQueued: 0,
    outbound: {},
    problems: [],
  };
  transport: MemoryTransport | null = null;
  /** Heartbeats the session sent, by TestReqID (for the liveness probe). */
  readonly heartbeats: string[] = [];
  /** When set, every message the session writes, as tag -> value (for directed cases). */
  recorded: Array<Map<number, string>> | null = null;
  /** Answer ResendRequests, TestRequests and Logouts (off for directed cases that script every message). */
  cooperative = true;
  private nextSeq = 1;
  private outbox: Buffer[] = [];
  private expectOutSeq = 1;
  private lastProgress = { target: 0, at: 0 };
  private readonly parser = new FixParser();
  private readonly framer: FixFramer;

  constructor(
    private readonly session: Session,
    private readonly gen: FuzzMessages,
  ) {
    this.framer = new FixFramer({
      onFrame: (buf, start, end) => this.onOutbound(buf, start, end),
      onGarbled: (reason) => this.problem(`the session wrote a garbled message (${reason})`),
    });
    session.on('state', (c) => {
      if (c.to !== SessionState.Disconnected) return;
      if (c.reason.trim().length === 0) this.problem(`disconnected without a reason (from ${c.from})`);
      const t = this.transport;
      // Ended by the session (we had not dropped it): it must close the transport it let go of.
      if (t !== null && t.endedBy === null) {
        const key = c.reason.replace(/\d+/g, 'N');
        this.stats.sessionDisconnects[key] = (this.stats.sessionDisconnects[key] ?? 0) + 1;
        queueMicrotask(() => {
          if (t.isOpen) this.problem(`session went Disconnected (${c.reason}) but left the transport open`);
        });
      }
    });
  }

  private problem(text: string): void {
    if (this.stats.problems.length < 50) this.stats.problems.push(text);
  }

  /** A fresh connection and Logon 141=Y (both sides restart at 1, which also empties the session's store). */
  connect(): void {
    this.framer.clear();
    this.outbox = [];
    const t = new MemoryTransport((buf) => this.outbox.push(Buffer.from(buf)));
    this.transport = t;
    this.expectOutSeq = 1;
    this.session.connected(t);
    this.nextSeq = 1;
    this.send(this.gen.logon(this.nextSeq++, true));
    this.pump();
    this.stats.logons++;
    this.lastProgress = { target: this.session.nextTargetSeq, at: this.stats.injected };
  }

  /** Drop the connection from our side. */
  drop(reason: string): void {
    this.stats.peerDisconnects++;
    this.transport?.peerClose(reason);
  }

  get connected(): boolean {
    return this.transport !== null && this.transport.isOpen && this.session.isConnected;
  }

  send(bytes: Buffer): void {
    this.transport?.inject(bytes);
  }

  /**
   * One fuzz message (reconnecting first if the last connection ended), then our answers to what came back. False
   * when nothing was sent because a closed connection has not reached the session yet (await a microtask).
   */
  step(): boolean {
    if (!this.connected) {
      if (this.session.isConnected) return false;
      this.connect();
    }
    const m = this.gen.next(this.nextSeq);
    if (m.usesSeq) this.nextSeq++;
    this.stats.injected++;
    this.stats.byKind[m.kind] = (this.stats.byKind[m.kind] ?? 0) + 1;
    this.send(m.bytes);
    this.stats.maxQueued = Math.max(this.stats.maxQueued, this.session.queue.size);
    this.pump();
    // A session jumped forward by a SequenceReset expects numbers we have not used yet: follow it.
    this.nextSeq = Math.max(this.nextSeq, this.session.nextTargetSeq);
    const target = this.session.nextTargetSeq;
    if (target !== this.lastProgress.target) this.lastProgress = { target, at: this.stats.injected };
    else if (this.stats.injected - this.lastProgress.at > 300 && this.connected) this.drop('no progress');
    return true;
  }

  /** Process what the session wrote, answering as a cooperative peer would (answers can cause more output). */
  pump(): void {
    for (let rounds = 0; this.outbox.length > 0 && rounds < 100; rounds++) {
      const chunks = this.outbox;
      this.outbox = [];
      for (const c of chunks) this.framer.push(c);
    }
  }

  private onOutbound(buf: Buffer, start: number, end: number): void {
    const m = this.parser.parse(buf, start, end);
    if (m === null) return this.problem(`the session wrote an unparsable message (${this.parser.reason ?? '?'})`);
    const type = m.msgType;
    this.recorded?.push(new Map(m.fields()));
    this.stats.outbound[type] = (this.stats.outbound[type] ?? 0) + 1;
    const seq = Number(m.getString(34));
    const possDup = m.getString(43) === 'Y';
    // A Logon with 141=Y answers a mid-session reset (a fuzz Logon asked for one): both sides restart at 1.
    if (type === 'A' && m.getString(141) === 'Y' && seq === 1) {
      this.expectOutSeq = 1;
      if (this.session.nextTargetSeq === 2) this.nextSeq = 2;
    }
    if (!possDup) {
      if (seq !== this.expectOutSeq)
        this.problem(`session sent 35=${type} 34=${seq}, expected 34=${this.expectOutSeq}`);
      this.expectOutSeq = seq + 1;
    }
    if (!this.connected || !this.cooperative) return;
    if (type === '2') {
      const begin = Number(m.getString(7));
      if (begin >= 1 && begin < this.nextSeq) {
        const h = { 43: 'Y', 122: formatUtcTimestamp(Date.now()) };
        this.send(this.gen.build('4', begin, `36=${this.nextSeq}|123=Y|`, h));
      }
    } else if (type === '1') {
      this.send(this.gen.build('0', this.nextSeq++, `112=${m.getString(112) ?? ''}|`));
    } else if (type === '5' && this.session.state !== SessionState.Disconnected) {
      this.send(this.gen.build('5', this.nextSeq++, ''));
    } else if (type === '0' && m.getString(112) !== undefined) {
      this.heartbeats.push(m.getString(112) ?? '');
    }
  }
}
