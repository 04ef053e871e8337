// Answers the peer's ResendRequests. Reads the store in bounded chunks and yields to the event loop between them,
// so a request for a day of messages cannot freeze the process; when the transport reports backpressure, the next
// chunk waits for its 'drain' instead. Application messages are replayed under their original numbers (or
// gap-filled, by policy); admin messages and numbers missing from the store are collapsed into one
// SequenceReset-GapFill per run. Requests queue behind each other; new sequenced messages are held by the send
// path until the replay is done. A disconnect cancels the replay.
import { FixParser } from '../codec/parser.js';
import { buildSequenceReset } from './build-sequence-reset.js';
import { isAdminMsgType, MsgType } from './msg-types.js';
import { originalSendingTime, writeReplayRest } from './replay-message.js';
import type { SendPath } from './send-path.js';
import type { SequenceCoordinator } from './sequence-coordinator.js';

export interface ResenderDeps {
  seq: SequenceCoordinator;
  out: SendPath;
  policy: 'replay' | 'gap-fill';
  chunkSize: number;
  yieldToEventLoop: () => Promise<void>;
  event: (text: string) => void;
  /** The store or the encoder failed mid-replay: the connection cannot continue. */
  failed: (err: unknown) => void;
}

interface Job {
  begin: number;
  end: number;
}

export class Resender {
  private readonly jobs: Job[] = [];
  private readonly parser = new FixParser();
  private running = false;
  private generation = 0;

  constructor(private readonly d: ResenderDeps) {}

  get busy(): boolean {
    return this.running;
  }

  /** 7=begin, 16=end (0 = to the latest). A range beyond what we have sent is clipped to our last number. */
  request(begin: number, endRequested: number): void {
    const last = this.d.seq.nextSenderSeq - 1;
    const end = endRequested === 0 || endRequested > last ? last : endRequested;
    if (begin > end) {
      this.d.event(`ResendRequest 7=${begin} 16=${endRequested}: nothing to resend, last sent is ${last}`);
      return;
    }
    this.jobs.push({ begin, end });
    if (!this.running) void this.run();
  }

  /** Drop queued and running work (the connection went away). */
  cancel(): void {
    this.jobs.length = 0;
    this.generation++;
  }

  private async run(): Promise<void> {
    this.running = true;
    const gen = this.generation;
    this.d.out.hold();
    try {
      for (let job = this.jobs.shift(); job !== undefined && gen === this.generation; job = this.jobs.shift()) {
        await this.replay(job, gen);
      }
    } catch (err) {
      if (gen === this.generation) this.d.failed(err);
    } finally {
      this.running = false;
      if (gen === this.generation) this.d.out.release();
      else if (this.jobs.length > 0) void this.run();
    }
  }

  private async replay(job: Job, gen: number): Promise<void> {
    const { begin, end } = job;
    this.d.event(`Resending ${begin}..${end} (${this.d.policy})`);
    if (this.d.policy === 'gap-fill') {
      this.gapFill(begin, end + 1);
      return;
    }
    let cursor = begin;
    let gapStart: number | null = null;
    while (cursor <= end) {
      const rows = this.d.seq.storedRange(cursor, end, this.d.chunkSize);
      for (const row of rows) {
        if (row.seq > cursor) gapStart ??= cursor;
        const m = this.parser.parse(row.raw, 0, row.raw.length);
        if (m === null || isAdminMsgType(m.msgType)) {
          gapStart ??= row.seq;
        } else {
          if (gapStart !== null) this.gapFill(gapStart, row.seq);
          gapStart = null;
          this.d.out.sendResent(m.msgType, row.seq, originalSendingTime(m), (enc) => writeReplayRest(enc, m));
        }
        cursor = row.seq + 1;
      }
      if (rows.length < this.d.chunkSize) break;
      if (this.d.out.congested) {
        // The socket is buffering more than it wants: reading on from the store would only pile messages up in
        // memory (a day of them, for a big request). Continue when it has drained.
        this.d.event(`Resend paused at ${cursor} until the transport drains`);
        await this.d.out.whenDrained();
      } else {
        await this.d.yieldToEventLoop();
      }
      if (gen !== this.generation) return;
    }
    if (cursor <= end) gapStart ??= cursor;
    if (gapStart !== null) this.gapFill(gapStart, end + 1);
  }

  private gapFill(first: number, next: number): void {
    this.d.out.sendResent(MsgType.SequenceReset, first, undefined, (enc) => buildSequenceReset(enc, next, true));
  }
}
