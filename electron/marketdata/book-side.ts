// One side of an L2 book: price levels sorted by an exact integer key, kept WORST first so that the best level is
// the last element. Activity concentrates at the top of a book, so inserting or deleting there moves only the few
// levels above the change; the key array is a Float64Array searched by bisection; level records are recycled.

export interface Level {
  /** Price as the venue wrote it (what the renderer shows). */
  price: string;
  qty: string;
  /** Checksum tokens, computed on demand and kept until the value changes ('' = not yet). */
  priceToken: string;
  qtyToken: string;
}

const POOL_MAX = 256;

export class BookSide {
  /** Sort key of each level: price units for bids, minus price units for asks, ascending (best last). */
  private keys = new Float64Array(64);
  private levels: Level[] = [];
  private count = 0;
  private readonly pool: Level[] = [];
  /** Best rank (0 = top of book) whose level changed, moved or appeared since `takeTouched`. */
  private touched = Number.POSITIVE_INFINITY;

  /** @param sign +1 for bids, -1 for asks. */
  constructor(readonly sign: 1 | -1) {}

  get size(): number {
    return this.count;
  }

  /** Index of the level with this sort key, or -(insertion point) - 1. */
  search(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = this.count - 1;
    // Most updates hit the top: check the best level before bisecting.
    if (hi >= 0 && keys[hi] === key) return hi;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -lo - 1;
  }

  /** Insert at the index `search` reported (as -(index) - 1). */
  insertAt(index: number, key: number, price: string, qty: string): void {
    const n = this.count;
    if (n === this.keys.length) this.grow();
    const keys = this.keys;
    const levels = this.levels;
    if (index < n) {
      keys.copyWithin(index + 1, index, n);
      levels.push(levels[n - 1]!);
      for (let i = n - 1; i > index; i--) levels[i] = levels[i - 1]!;
    } else {
      levels.push(undefined as unknown as Level);
    }
    keys[index] = key;
    const level = this.pool.pop();
    if (level === undefined) levels[index] = { price, qty, priceToken: '', qtyToken: '' };
    else {
      level.price = price;
      level.qty = qty;
      level.priceToken = '';
      level.qtyToken = '';
      levels[index] = level;
    }
    this.count = n + 1;
    this.touch(n - index);
  }

  updateAt(index: number, qty: string): void {
    const level = this.levels[index]!;
    if (level.qty === qty) return;
    level.qty = qty;
    level.qtyToken = '';
    this.touch(this.count - 1 - index);
  }

  removeAt(index: number): void {
    const n = this.count;
    this.touch(n - 1 - index);
    const keys = this.keys;
    const levels = this.levels;
    const gone = levels[index]!;
    keys.copyWithin(index, index + 1, n);
    for (let i = index; i < n - 1; i++) levels[i] = levels[i + 1]!;
    levels.pop();
    this.count = n - 1;
    if (this.pool.length < POOL_MAX) this.pool.push(gone);
  }

  /** Drop the worst levels so that at most `max` remain (the venue's depth window). */
  truncate(max: number): void {
    const drop = this.count - max;
    if (drop <= 0) return;
    const levels = this.levels;
    for (let i = 0; i < drop && this.pool.length < POOL_MAX; i++) this.pool.push(levels[i]!);
    this.keys.copyWithin(0, drop, this.count);
    levels.splice(0, drop);
    this.count = max;
    this.touch(max);
  }

  clear(): void {
    for (let i = 0; i < this.count && this.pool.length < POOL_MAX; i++) this.pool.push(this.levels[i]!);
    this.levels.length = 0;
    this.count = 0;
    this.touch(0);
  }

  /** Level at rank r (0 = best), or undefined past the end. */
  at(rank: number): Level | undefined {
    return rank < this.count ? this.levels[this.count - 1 - rank] : undefined;
  }

  keyAt(rank: number): number {
    return this.keys[this.count - 1 - rank]!;
  }

  /** Multiply every key by `factor` (the book's price scale grew); order is unchanged. */
  scaleKeys(factor: number): void {
    const keys = this.keys;
    for (let i = 0; i < this.count; i++) keys[i] = keys[i]! * factor;
  }

  takeTouched(): number {
    const t = this.touched;
    this.touched = Number.POSITIVE_INFINITY;
    return t;
  }

  private touch(rank: number): void {
    if (rank < this.touched) this.touched = rank;
  }

  private grow(): void {
    const next = new Float64Array(this.keys.length * 2);
    next.set(this.keys);
    this.keys = next;
  }
}
