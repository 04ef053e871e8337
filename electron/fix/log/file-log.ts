// QuickFIX-format file log: `<session>.messages.current.log` (both directions) and `<session>.event.current.log`.
// Writes are asynchronous (write streams): the log is a diagnostic record, the store is the durable one.
import fs from 'node:fs';
import path from 'node:path';
import { maskSecrets } from './mask-secrets.js';
import { formatLogLine } from './log-timestamp.js';
import type { SessionLog } from './session-log.js';
import { sessionFileName, type SessionIdentity } from '../store/session-name.js';

export interface FileSessionLogOptions {
  /** Directory holding the log files of all sessions; created if missing. */
  dir: string;
  session: SessionIdentity;
  now?: () => Date;
  /** A write failed (disk full, permissions). Reported once per stream; later entries for that stream are dropped. */
  onError?: (err: Error) => void;
}

export class FileSessionLog implements SessionLog {
  readonly messagesPath: string;
  readonly eventsPath: string;
  private readonly messages: fs.WriteStream;
  private readonly events: fs.WriteStream;
  private readonly now: () => Date;
  private readonly failed = new Set<fs.WriteStream>();
  private readonly closedPromise: Promise<void>;
  private closed = false;

  constructor(options: FileSessionLogOptions) {
    if (typeof options.dir !== 'string' || options.dir.length === 0) {
      throw new TypeError('FileSessionLog: dir must be a non-empty path');
    }
    const name = sessionFileName(options.session);
    fs.mkdirSync(options.dir, { recursive: true });
    this.messagesPath = path.join(options.dir, `${name}.messages.current.log`);
    this.eventsPath = path.join(options.dir, `${name}.event.current.log`);
    this.now = options.now ?? (() => new Date());
    this.messages = this.open(this.messagesPath, options.onError);
    this.events = this.open(this.eventsPath, options.onError);
    this.closedPromise = Promise.all([whenClosed(this.messages), whenClosed(this.events)]).then(() => undefined);
  }

  incoming(raw: Buffer): void {
    this.writeMessage(raw);
  }

  outgoing(raw: Buffer): void {
    this.writeMessage(raw);
  }

  event(text: string): void {
    this.write(this.events, Buffer.from(formatLogLine(this.now(), maskSecrets(text)) + '\n', 'utf8'));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.messages.end();
    this.events.end();
  }

  /** Resolves when both files are flushed and closed (after close()). */
  whenClosed(): Promise<void> {
    return this.closedPromise;
  }

  private writeMessage(raw: Buffer): void {
    // latin1 both ways keeps the wire bytes (SOH, any 8-bit data) exactly as they were.
    this.write(this.messages, Buffer.from(formatLogLine(this.now(), maskSecrets(raw)) + '\n', 'latin1'));
  }

  private write(stream: fs.WriteStream, line: Buffer): void {
    if (this.closed || this.failed.has(stream)) return;
    stream.write(line);
  }

  private open(file: string, onError: ((err: Error) => void) | undefined): fs.WriteStream {
    const stream = fs.createWriteStream(file, { flags: 'a' });
    stream.on('error', (err: Error) => {
      if (this.failed.has(stream)) return;
      this.failed.add(stream);
      onError?.(err);
    });
    return stream;
  }
}

function whenClosed(stream: fs.WriteStream): Promise<void> {
  // 'close' follows 'error' too (autoClose), so this settles either way.
  return new Promise((resolve) => stream.once('close', () => resolve()));
}
