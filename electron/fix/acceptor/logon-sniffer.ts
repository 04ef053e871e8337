// Before a connection belongs to a session, the acceptor reads until the first well-formed message to learn who
// is logging on. Everything read is kept and handed to the session, which then processes it from the start.
import { FixFramer } from '../codec/framer.js';
import type { FixMessage } from '../codec/fix-message.js';
import { FixParser } from '../codec/parser.js';

export class LogonSniffer {
  private readonly chunks: Buffer[] = [];
  private readonly parser = new FixParser();
  private readonly framer: FixFramer;
  private done = false;

  /** `first` is called once, with the first parsable message and every byte read so far. */
  constructor(private readonly first: (msg: FixMessage, received: Buffer) => void) {
    this.framer = new FixFramer({
      onFrame: (buf, start, end) => this.onFrame(buf, start, end),
      onGarbled: () => undefined,
    });
  }

  push(chunk: Buffer): void {
    if (this.done) return;
    this.chunks.push(Buffer.from(chunk));
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
