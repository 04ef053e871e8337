// An in-memory Transport: records what the session writes and lets the test deliver bytes and close events.
import type { ConnectionInfo, Transport, TransportEvents } from '../../../../electron/fix/transport/transport.js';

export class FakeTransport implements Transport {
  readonly info: ConnectionInfo = { remote: '127.0.0.1:5001', host: '127.0.0.1', tls: false };
  readonly written: Buffer[] = [];
  closedBy: 'close' | 'destroy' | 'peer' | null = null;
  private open = true;
  private readonly rx = new Set<TransportEvents['rxData']>();
  private readonly down = new Set<TransportEvents['disconnected']>();

  get isOpen(): boolean {
    return this.open;
  }

  write(buf: Buffer): boolean {
    if (!this.open) return false;
    this.written.push(Buffer.from(buf));
    return true;
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
  }

  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    this.rx.delete(fn as TransportEvents['rxData']);
    this.down.delete(fn as TransportEvents['disconnected']);
  }

  private end(by: 'close' | 'destroy' | 'peer'): void {
    if (!this.open) return;
    this.open = false;
    this.closedBy = by;
    for (const fn of [...this.down]) fn(by === 'peer' ? 'peer closed the connection' : 'closed locally');
  }
}
