// A minimal FIX client over a real loopback socket for acceptor tests: frames what arrives, waits for messages.
import net from 'node:net';
import { FixFramer } from '../../../../electron/fix/codec/framer.js';
import { FixEncoder } from '../../../../electron/fix/codec/encoder.js';
import { formatUtcTimestamp } from '../../../../electron/fix/codec/timestamp.js';
import { parseOut, type OutMsg } from './harness.js';

export class SocketClient {
  readonly received: OutMsg[] = [];
  closed = false;
  private seq = 1;
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly socket: net.Socket,
    readonly compId: string,
    readonly target: string,
  ) {
    const framer = new FixFramer({
      onFrame: (buf, s, e) => {
        this.received.push(parseOut(Buffer.from(buf.subarray(s, e))));
        this.wake();
      },
      onGarbled: () => undefined,
    });
    socket.on('data', (d: Buffer) => framer.push(d));
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
    socket.on('error', () => undefined);
  }

  static connect(port: number, compId = 'TW', target = 'ISLD'): Promise<SocketClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ host: '127.0.0.1', port }, () => resolve(new SocketClient(s, compId, target)));
      s.once('error', reject);
    });
  }

  send(msgType: string, fields: Array<[number, string]> = [], seq = this.seq): void {
    const enc = new FixEncoder().begin(msgType);
    enc.str(49, this.compId).str(56, this.target).int(34, seq).str(52, formatUtcTimestamp(Date.now()));
    for (const [t, v] of fields) enc.str(t, v);
    this.seq = seq + 1;
    this.socket.write(Buffer.from(enc.finish()));
  }

  logon(seq = 1): void {
    this.send(
      'A',
      [
        [98, '0'],
        [108, '30'],
      ],
      seq,
    );
  }

  /** Resolves when `n` messages have arrived (or the socket closed). */
  async waitFor(n: number, timeoutMs = 2000): Promise<OutMsg[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < n && !this.closed && Date.now() < deadline) {
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, Math.max(1, deadline - Date.now()));
      });
    }
    return this.received.slice(0, n);
  }

  async waitClosed(timeoutMs = 3000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) {
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, Math.max(1, deadline - Date.now()));
      });
    }
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const fn of w) fn();
  }
}
