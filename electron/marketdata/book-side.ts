// One side of an L2 book: price levels sorted by an exact integer key, kept WORST first so that the best level is
// the last element. Activity concentrates at the top of a book, so inserting or deleting there moves only the few
// levels above the change; the key array is a Float64Array searched by bisection; level records are recycled.

export interface Level {
  /** Price as the venue wrote it (what the renderer shows). */
  price: string;
  /**
   * Quantity as the venue wrote it, held as its digits and its number of fraction digits: an update that only
   * changes a quantity allocates nothing; the text is made when a frame or the checksum needs it. NaN units: the
   * value was too long to hold exactly and `qtyText` holds it.
   */
  qtyUnits: number;
  qtyDecimals: number;
  /** Cached text of the quantity ('' = not made since the last change). */
  qtyText: string;
  /** Checksum tokens, computed on demand and kept until the value changes ('' = not yet). */
  priceToken: string;
  qtyToken: string;
}

/** The quantity of a level as text (made once per change). */
export function qtyOf(level: Level): string {
  if (level.qtyText === '') level.qtyText = formatUnits(level.qtyUnits, level.qtyDecimals);
  return level.qtyText;
}

import { formatUnits } from './decimal-scan.js';

const POOL_MAX = 256;
const EMPTY: Level = Object.freeze({
  price: '',
  qtyUnits: 0,
  qtyDecimals: 0,
  qtyText: '',
  priceToken: '',
  qtyToken: '',
}) as Level;

export class BookSide {
  /** Sort key of each level: price units for bids, minus price units for asks, ascending (best last). */
  private keys = new Float64Array(64);
  /** Same capacity as keys; unused slots hold EMPTY so the array stays packed. */
  private levels: Level[] = new Array<Level>(64).fill(EMPTY);
  private count = 0;
  private readonly pool: Level[] = [];
  /** Best rank (0 = top of book) whose level changed, moved or appeared since `takeTouched`. */
  private touched = Number.POSITIVE_INFINITY;
  /** The same since the last checksum was computed (`takeChecksumTouched`). */
  private checksumTouched = 0;

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

  /** Insert at the index `search` reported (as -(index) - 1); `qtyText` '' unless the units are NaN. */
  insertAt(index: number, key: number, price: string, qtyUnits: number, qtyDecimals: number, qtyText: string): void {
    const n = this.count;
    if (n === this.keys.length) this.grow();
    const keys = this.keys;
    const levels = this.levels;
    // One loop over both arrays: the moves are short (near the top), where a builtin's call costs more.
    for (let i = n; i > index; i--) {
      keys[i] = keys[i - 1]!;
      levels[i] = levels[i - 1]!;
    }
    keys[index] = key;
    let level = this.pool.pop();
    if (level === undefined) level = { price, qtyUnits, qtyDecimals, qtyText, priceToken: '', qtyToken: '' };
    else {
      level.price = price;
      level.qtyUnits = qtyUnits;
      level.qtyDecimals = qtyDecimals;
      level.qtyText = qtyText;
      level.priceToken = '';
      level.qtyToken = '';
    }
    levels[index] = level;
    this.count = n + 1;
    this.touch(n - index);
  }

  updateAt(index: number, qtyUnits: number, qtyDecimals: number, qtyText: string): void {
    const level = this.levels[index]!;
    if (level.qtyUnits === qtyUnits && level.qtyDecimals === qtyDecimals) return;
    level.qtyUnits = qtyUnits;
    level.qtyDecimals = qtyDecimals;
    level.qtyText = qtyText;
    level.qtyToken = '';
    this.touch(this.count - 1 - index);
  }

  removeAt(index: number): void {
    const n = this.count;
    this.touch(n - 1 - index);
    const keys = this.keys;
    const levels = this.levels;
    const gone = levels[index]!;
    for (let i = index; i < n - 1; i++) {
      keys[i] = keys[i + 1]!;
      levels[i] = levels[i + 1]!;
    }
    levels[n - 1] = EMPTY;
    this.count = n - 1;
    if (this.pool.length < POOL_MAX) this.pool.push(gone);
  }

  /** Drop the worst levels so that at most `max` remain (the venue's depth window). */
  truncate(max: number): void {
    const n = this.count;
    const drop = n - max;
    if (drop <= 0) return;
    const levels = this.levels;
    for (let i = 0; i < drop && this.pool.length < POOL_MAX; i++) this.pool.push(levels[i]!);
    this.keys.copyWithin(0, drop, n);
    levels.copyWithin(0, drop, n);
    levels.fill(EMPTY, max, n);
    this.count = max;
    this.touch(max);
  }

  clear(): void {
    const levels = this.levels;
    for (let i = 0; i < this.count && this.pool.length < POOL_MAX; i++) this.pool.push(levels[i]!);
    levels.fill(EMPTY, 0, this.count);
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

  takeChecksumTouched(): number {
    const t = this.checksumTouched;
    this.checksumTouched = Number.POSITIVE_INFINITY;
    return t;
  }

  /** Forget every cached checksum token (the instrument's precisions changed). */
  clearTokens(): void {
    for (let i = 0; i < this.count; i++) {
      this.levels[i]!.priceToken = '';
      this.levels[i]!.qtyToken = '';
    }
    this.checksumTouched = 0;
  }

  private touch(rank: number): void {
    if (rank < this.touched) this.touched = rank;
    if (rank < this.checksumTouched) this.checksumTouched = rank;
  }

  private grow(): void {
    const capacity = this.keys.length * 2;
    const next = new Float64Array(capacity);
    next.set(this.keys);
    this.keys = next;
    for (let i = this.levels.length; i < capacity; i++) this.levels.push(EMPTY);
  }
}
