// Time and sales of one symbol: the last N prints in a ring (main process), oldest overwritten first. The
// renderer gets new prints through frames and the whole tape through marketHistory after a reload.

import type { TradePrint } from '../../shared/domain/market-data.js';

export class TradeTape {
  private readonly ring: (TradePrint | undefined)[];
  private next = 0;
  private count = 0;

  constructor(readonly capacity = 500) {
    if (!(capacity > 0)) throw new RangeError(`tape capacity must be positive, got ${capacity}`);
    this.ring = new Array<TradePrint | undefined>(capacity);
  }

  get size(): number {
    return this.count;
  }

  push(print: TradePrint): void {
    this.ring[this.next] = print;
    this.next = (this.next + 1) % this.capacity;
    if (this.count < this.capacity) this.count++;
  }

  /** Oldest first. */
  toArray(): TradePrint[] {
    const out: TradePrint[] = [];
    const start = (this.next - this.count + this.capacity) % this.capacity;
    for (let i = 0; i < this.count; i++) out.push(this.ring[(start + i) % this.capacity]!);
    return out;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.next = 0;
    this.count = 0;
  }
}
