// A transport that can stop hearing: once `deaf`, bytes from the peer are dropped before our session sees them, as
// if our process had died with them unread in its socket buffer. Lets a crash test choose, instead of racing for,
// the moment when orders are in flight that we have certainly not processed.
import type { Transport, TransportEvents } from '../../../electron/fix/transport/transport.js';

export class DeafableTransport implements Transport {
  deaf = false;
  /** Chunks dropped while deaf. */
  dropped = 0;
  private readonly rx = new Map<TransportEvents['rxData'], TransportEvents['rxData']>();

  constructor(private readonly inner: Transport) {}

  get info(): Transport['info'] {
    return this.inner.info;
  }

  get isOpen(): boolean {
    return this.inner.isOpen;
  }

  write(buf: Buffer): boolean {
    return this.inner.write(buf);
  }

  close(): void {
    this.inner.close();
  }

  destroy(reason?: string): void {
    this.inner.destroy(reason);
  }

  on<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    if (event !== 'rxData') return this.inner.on(event, fn);
    const user = fn as TransportEvents['rxData'];
    const gated: TransportEvents['rxData'] = (chunk) => {
      if (this.deaf) this.dropped++;
      else user(chunk);
    };
    this.rx.set(user, gated);
    this.inner.on('rxData', gated);
  }

  off<K extends keyof TransportEvents>(event: K, fn: TransportEvents[K]): void {
    if (event !== 'rxData') return this.inner.off(event, fn);
    const gated = this.rx.get(fn as TransportEvents['rxData']);
    if (gated === undefined) return;
    this.rx.delete(fn as TransportEvents['rxData']);
    this.inner.off('rxData', gated);
  }
}
