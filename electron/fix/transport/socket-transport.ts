// Transport over a connected net.Socket or tls.TLSSocket. Reading starts only when the first rxData listener is
// attached, so bytes that arrive between the handshake and the session subscribing wait in the socket, not lost.
import type net from 'node:net';
import { TypedEmitter } from './typed-emitter.js';
import type { ConnectionInfo, Transport, TransportEvents } from './transport.js';

export interface SocketTransportOptions {
  /** After close(), how long to wait for the peer's FIN before destroying the socket (default 5000 ms). */
  closeTimeoutMs?: number;
  /** TCP keep-alive probe delay (default 30 000 ms): finds a dead path faster than a missed heartbeat would. */
  keepAliveMs?: number;
}

export class SocketTransport extends TypedEmitter<TransportEvents> implements Transport {
  private open = true;
  private closed = false;
  private reading = false;
  private reason: string | undefined;
  private closeTimer: NodeJS.Timeout | undefined;
  private readonly closeTimeoutMs: number;

  constructor(
    private readonly socket: net.Socket,
    readonly info: ConnectionInfo,
    options: SocketTransportOptions = {},
  ) {
    super();
    this.closeTimeoutMs = options.closeTimeoutMs ?? 5000;
    // FIX messages are small and latency matters more than packet count.
    socket.setNoDelay(true);
    socket.setKeepAlive(true, options.keepAliveMs ?? 30_000);
    socket.on('error', (err: Error) => {
      this.reason ??= describeError(err);
    });
    socket.on('end', () => {
      // The peer sent FIN. A FIX peer that stops sending has ended the session: node ends our side too.
      this.reason ??= 'peer closed the connection';
      this.open = false;
    });
    socket.on('drain', () => this.emit('drain'));
    socket.on('close', () => this.onClose());
    if (socket.destroyed) queueMicrotask(() => this.onClose());
  }

  get isOpen(): boolean {
    return this.open;
  }

  override on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    super.on(event, fn);
    if (event === 'rxData' && !this.reading) {
      this.reading = true;
      this.socket.on('data', (chunk: Buffer) => this.emit('rxData', chunk));
    }
    if (event === 'disconnected' && this.closed) {
      const reason = this.reason ?? 'connection closed';
      queueMicrotask(() => (fn as TransportEvents['disconnected'])(reason));
    }
  }

  write(buf: Buffer): boolean {
    if (!this.open || this.socket.destroyed || this.socket.writableEnded) return false;
    return this.socket.write(buf);
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    this.reason ??= 'closed locally';
    this.socket.end();
    this.closeTimer = setTimeout(() => {
      this.reason = `${this.reason ?? 'closed locally'} (peer did not close within ${this.closeTimeoutMs} ms)`;
      this.socket.destroy();
    }, this.closeTimeoutMs);
    this.closeTimer.unref();
  }

  destroy(reason?: string): void {
    this.open = false;
    this.reason ??= reason ?? 'destroyed locally';
    this.socket.destroy();
  }

  private onClose(): void {
    if (this.closed) return;
    this.closed = true;
    this.open = false;
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.emit('disconnected', this.reason ?? 'connection closed');
  }
}

export function describeError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}
