// Untriggered stop-loss and take-profit orders of one pair for one trigger reference (last trade or index).
// A stop-loss sell or take-profit buy fires when the reference is at or below its StopPx ("fallers"); a stop-loss
// buy or take-profit sell when it is at or above ("risers"). Each list is sorted so the next order to fire is the
// last element: the closest stop first, then the oldest.

import { OrdType } from './fix-codes.js';
import type { Order } from './order.js';

export function firesOnFall(order: Order): boolean {
  const stopLoss = order.ordType === OrdType.StopLoss || order.ordType === OrdType.StopLossLimit;
  return stopLoss !== order.isBuy;
}

/** Would the order fire at reference price `ref`? */
export function isTriggeredAt(order: Order, ref: bigint): boolean {
  const stop = order.stopPx!;
  return firesOnFall(order) ? ref <= stop : ref >= stop;
}

export class TriggerBook {
  /** Ascending StopPx; equal StopPx youngest first. */
  private readonly fallers: Order[] = [];
  /** Descending StopPx; equal StopPx youngest first. */
  private readonly risers: Order[] = [];
  private nextPriority = 1;

  get size(): number {
    return this.fallers.length + this.risers.length;
  }

  /** Park an order; `keepPriority` for an amend that only changes its numbers. */
  add(order: Order, keepPriority = false): void {
    if (!keepPriority) order.priority = this.nextPriority++;
    const falls = firesOnFall(order);
    const list = falls ? this.fallers : this.risers;
    list.splice(this.indexFor(list, order, falls), 0, order);
  }

  remove(order: Order): boolean {
    const falls = firesOnFall(order);
    const list = falls ? this.fallers : this.risers;
    const at = this.indexFor(list, order, falls) - 1;
    if (list[at] !== order) return false;
    list.splice(at, 1);
    return true;
  }

  /** Remove and return the next order that fires at `ref` (the older one when both lists have one). */
  takeFired(ref: bigint): Order | undefined {
    const f = this.fallers[this.fallers.length - 1];
    const r = this.risers[this.risers.length - 1];
    const fFires = f !== undefined && ref <= f.stopPx!;
    const rFires = r !== undefined && ref >= r.stopPx!;
    if (fFires && (!rFires || f.priority < r!.priority)) return this.fallers.pop();
    if (rFires) return this.risers.pop();
    return undefined;
  }

  orders(): Order[] {
    return [...this.fallers, ...this.risers];
  }

  /** Position after every element that sorts before `order` (or equal to it). */
  private indexFor(list: Order[], order: Order, falls: boolean): number {
    const stop = order.stopPx!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = list[mid]!;
      const ms = m.stopPx!;
      const mSortsFirst = ms === stop ? m.priority >= order.priority : falls ? ms < stop : ms > stop;
      if (mSortsFirst) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
