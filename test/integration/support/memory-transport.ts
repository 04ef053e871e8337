// An in-memory Transport for driving a Session without sockets (the session layer only ever sees this interface).
// Bytes the session writes go to `onWrite`; `inject` delivers bytes as if they had arrived. 'disconnected' fires
// once, asynchronously (as a socket's 'close' does), whoever ends the connection.
import { TypedEmitter } from '../../../electron/fix/transport/typed-emitter.js';
import type { ConnectionInfo, Transport, TransportEvents } from '../../../electron/fix/transport/transport.js';

let connections = 0;

export class MemoryTransport extends TypedEmitter<TransportEvents> implements Transport {
  readonly info: ConnectionInfo;
  /** Who ended the connection and why: 'session' when the session called close()/destroy(). */
  endedBy: { by: 'session' | 'peer'; how: 'close' | 'destroy'; reason: string } | null = null;
  private open = true;
  private gone = false;

  constructor(private readonly onWrite: (buf: Buffer) => void) {
    super();
    this.info = { remote: `memory:${++connections}`, host: 'memory', tls: false };
  }

  get isOpen(): boolean {
    return this.open;
  }

  write(buf: Buffer): boolean {
    if (!this.open) return false;
    this.onWrite(buf);
    return true;
  }

  close(): void {
    this.end('session', 'close', 'closed by the session');
  }

  destroy(reason?: string): void {
    this.end('session', 'destroy', reason ?? 'destroyed by the session');
  }

  /** The peer drops the connection. */
  peerClose(reason = 'peer closed the connection'): void {
    this.end('peer', 'destroy', reason);
  }

  /** Bytes arriving from the peer (ignored once the connection is closed, as a socket would). */
  inject(chunk: Buffer): void {
    if (this.open) this.emit('rxData', chunk);
  }

  override on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    super.on(event, fn);
    if (event === 'disconnected' && this.gone && this.endedBy !== null) {
      const reason = this.endedBy.reason;
      queueMicrotask(() => (fn as TransportEvents['disconnected'])(reason));
    }
  }

  private end(by: 'session' | 'peer', how: 'close' | 'destroy', reason: string): void {
    if (!this.open) return;
    this.open = false;
    this.endedBy = { by, how, reason };
    queueMicrotask(() => {
      this.gone = true;
      this.emit('disconnected', reason);
    });
  }
}
