// An in-memory Transport: records what the session writes and lets the test deliver bytes and close events.
import type { ConnectionInfo, Transport, TransportEvents } from '../../../../electron/fix/transport/transport.js';

export class FakeTransport implements Transport {
  readonly info: ConnectionInfo = { remote: '127.0.0.1:5001', host: '127.0.0.1', tls: false };
  readonly written: Buffer[] = [];
  closedBy: 'close' | 'destroy' | 'peer' | null = null;
  /** false: every write is still taken, but answers "wait for 'drain'" (a socket over its high-water mark). */
  writable = true;
  private open = true;
  private readonly rx = new Set<TransportEvents['rxData']>();
  private readonly down = new Set<TransportEvents['disconnected']>();
  private readonly drained = new Set<TransportEvents['drain']>();

  get isOpen(): boolean {
    return this.open;
  }

  write(buf: Buffer): boolean {
    if (!this.open) return false;
    this.written.push(Buffer.from(buf));
    return this.writable;
  }

  /** The socket's buffer emptied: writable again, 'drain' to whoever listens. */
  drain(): void {
    this.writable = true;
    for (const fn of [...this.drained]) fn();
  }

  get drainListeners(): number {
    return this.drained.size;
  }

  close(): void {
    this.end('close');
  }

  destroy(): void {
    this.end('destroy');
  }

  /** The counterparty sends bytes. */
  deliver(bytes: Buffer): void {
    for (const fn of [...this.rx]) fn(bytes);
  }

  /** The counterparty closes the connection. */
  peerClose(): void {
    this.end('peer');
  }

  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    if (event === 'rxData') this.rx.add(fn as TransportEvents['rxData']);
    if (event === 'disconnected') this.down.add(fn as TransportEvents['disconnected']);
    if (event === 'drain') this.drained.add(fn as TransportEvents['drain']);
  }

  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.rx.delete(fn as TransportEvents['rxData']);
    this.down.delete(fn as TransportEvents['disconnected']);
    this.drained.delete(fn as TransportEvents['drain']);
  }

  private end(by: 'close' | 'destroy' | 'peer'): void {
    if (!this.open) return;
    this.open = false;
    this.closedBy = by;
    for (const fn of [...this.down]) fn(by === 'peer' ? 'peer closed the connection' : 'closed locally');
  }
}
