// The market-data acceptor's transport (main process): the writes of one task go out as one socket write. At 50 000
// book updates a second the hub sends one message per update and subscription, and a socket write per message
// (a syscall each, a TLS record each) was a fifth of the whole process's CPU. Bytes are copied into a batch as
// they are written and flushed in a microtask, so the messages a synthetic tick or an incoming request produces
// leave together right after it, in order, and nothing waits for a timer.
import type { ConnectionInfo, Transport, TransportEvents } from '../../fix/transport/transport.js';

/** Size of a batch buffer; a larger write gets one of its own size. */
const BATCH_BYTES = 64 * 1024;

export class BatchingTransport implements Transport {
  /** Bytes handed to the socket sit before `start` (it may hold them until sent: never written again); the
   * current batch is start..used; a full buffer is left to the socket and a new one started. */
  private batch: Buffer = Buffer.allocUnsafe(BATCH_BYTES);
  private start = 0;
  private used = 0;
  private scheduled = false;
  /** The inner transport's last write asked to wait for 'drain'. */
  private congested = false;
  private closing = false;
  private readonly flushNow = (): void => this.flush();

  constructor(private readonly inner: Transport) {
    inner.on('drain', () => {
      this.congested = false;
    });
  }

  get info(): ConnectionInfo {
    return this.inner.info;
  }

  get isOpen(): boolean {
    return this.inner.isOpen && !this.closing;
  }

  write(buf: Buffer): boolean {
    if (!this.isOpen) return false;
    // Copied at once: the Transport contract lets the caller reuse its buffer after the call.
    if (this.used + buf.length > this.batch.length) {
      this.flush();
      this.batch = Buffer.allocUnsafe(Math.max(BATCH_BYTES, buf.length));
      this.start = 0;
      this.used = 0;
    }
    buf.copy(this.batch, this.used);
    this.used += buf.length;
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(this.flushNow);
    }
    return !this.congested;
  }

  close(): void {
    if (this.closing) return;
    this.flush();
    this.closing = true;
    this.inner.close();
  }

  destroy(reason?: string): void {
    // What was written before goes to the socket first, as an unbatched write would have (a Logout, a Reject).
    if (!this.closing) this.flush();
    this.closing = true;
    this.inner.destroy(reason);
  }

  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.inner.on(event, fn);
  }

  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.inner.off(event, fn);
  }

  private flush(): void {
    this.scheduled = false;
    if (this.used === this.start) return;
    const out = this.batch.subarray(this.start, this.used);
    this.start = this.used;
    if (!this.inner.isOpen) return;
    if (!this.inner.write(out)) this.congested = true;
  }
}
