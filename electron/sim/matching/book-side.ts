// One side of an order book: levels kept sorted worst-to-best in an array so the best level is the last element
// (O(1) to read and to drop, the common case when a level trades out), with a price → level map for O(1)
// lookup. Inserting or removing a level deeper in the book is a binary search plus a splice.

import { PriceLevel } from './price-level.js';

export class BookSide {
  readonly isBid: boolean;
  /** Ascending in "goodness": bids by price ascending, asks by price descending. */
  private readonly levels: PriceLevel[] = [];
  private readonly byPrice = new Map<bigint, PriceLevel>();

  constructor(isBid: boolean) {
    this.isBid = isBid;
  }

  best(): PriceLevel | undefined {
    return this.levels[this.levels.length - 1];
  }

  get(price: bigint): PriceLevel | undefined {
    return this.byPrice.get(price);
  }

  get levelCount(): number {
    return this.levels.length;
  }

  getOrCreate(price: bigint): PriceLevel {
    let level = this.byPrice.get(price);
    if (level !== undefined) return level;
    level = new PriceLevel(price);
    const at = this.insertionIndex(price);
    if (at === this.levels.length) this.levels.push(level);
    else this.levels.splice(at, 0, level);
    this.byPrice.set(price, level);
    return level;
  }

  removeLevel(level: PriceLevel): void {
    if (this.byPrice.get(level.price) !== level) return;
    this.byPrice.delete(level.price);
    const last = this.levels.length - 1;
    if (this.levels[last] === level) {
      this.levels.pop();
      return;
    }
    const at = this.insertionIndex(level.price) - 1;
    if (this.levels[at] === level) this.levels.splice(at, 1);
  }

  /** True when `price` is at least as good for this side as `than` (higher for bids, lower for asks). */
  atLeastAsGood(price: bigint, than: bigint): boolean {
    return this.isBid ? price >= than : price <= than;
  }

  /** Levels from the best outwards, at most `limit` of them. */
  *fromBest(limit = Number.POSITIVE_INFINITY): Generator<PriceLevel> {
    for (let i = this.levels.length - 1, n = 0; i >= 0 && n < limit; i--, n++) yield this.levels[i]!;
  }

  /** First index whose level is strictly better than `price` (so equal prices sit before it). */
  private insertionIndex(price: bigint): number {
    let lo = 0;
    let hi = this.levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.levels[mid]!.price;
      const midIsBetter = this.isBid ? p > price : p < price;
      if (midIsBetter) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
