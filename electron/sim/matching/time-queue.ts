// Scheduled work of the engine (EffectiveTime activations, GTD expiries) as a binary min-heap on (time, sequence),
// so equal times run in the order they were scheduled. Entries of orders that closed meanwhile are skipped by the
// caller when popped rather than searched for and removed.

import type { Order } from './order.js';

export interface TimedAction {
  time: number;
  seq: number;
  action: 'activate' | 'expire';
  order: Order;
}

export class TimeQueue {
  private readonly heap: TimedAction[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(time: number, action: TimedAction['action'], order: Order): void {
    this.heap.push({ time, seq: this.seq++, action, order });
    this.up(this.heap.length - 1);
  }

  /** The earliest action due at or before `now`, removed; undefined when none is due. */
  popDue(now: number): TimedAction | undefined {
    const top = this.heap[0];
    if (top === undefined || top.time > now) return undefined;
    const last = this.heap.pop()!;
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private less(a: TimedAction, b: TimedAction): boolean {
    return a.time < b.time || (a.time === b.time && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) return;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
      if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }
}
