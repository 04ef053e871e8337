// Before a connection belongs to a session, the acceptor reads until the first well-formed message to learn who
// is logging on. Everything read is kept and handed to the session, which then processes it from the start.
import { FixFramer } from '../codec/framer.js';
import type { FixMessage } from '../codec/fix-message.js';
import { FixParser } from '../codec/parser.js';

/** A client that sends this much without one parsable message is not a FIX client. */
const MAX_BEFORE_LOGON = 1 << 20;

export class LogonSniffer {
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private readonly parser = new FixParser();
  private readonly framer: FixFramer;
  private done = false;

  /** `first` is called once, with the first parsable message and every byte read so far; `overflow` when a
   * client sends too much without one. */
  constructor(
    private readonly first: (msg: FixMessage, received: Buffer) => void,
    private readonly overflow: () => void,
  ) {
    this.framer = new FixFramer({
      onFrame: (buf, start, end) => this.onFrame(buf, start, end),
      onGarbled: () => undefined,
    });
  }

  push(chunk: Buffer): void {
    if (this.done) return;
    this.chunks.push(Buffer.from(chunk));
    this.buffered += chunk.length;
    if (this.buffered > MAX_BEFORE_LOGON) {
      this.done = true;
      this.overflow();
      return;
    }
    this.framer.push(chunk);
  }

  private onFrame(buf: Buffer, start: number, end: number): void {
    if (this.done) return;
    const msg = this.parser.parse(buf, start, end);
    if (msg === null) return;
    this.done = true;
    this.first(msg, Buffer.concat(this.chunks));
  }
}
