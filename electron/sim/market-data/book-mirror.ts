// The hub's own copy of one pair's visible book, kept from the engine's `level` events, so that the rank of a price
// (is it inside a subscriber's depth window?) and the top 10 for the checksum are known without asking the engine
// for a full depth snapshot on every batch. Prices are the engine's fixed-precision text; all prices of a pair
// have the same number of decimals, so comparing length, then characters, compares numbers.
//
// Kraken's checksum (5041) is signed on every book message, at up to 50 000 a second: each level caches the CRC
// of its own tokens (price then quantity, from a zero register) and their length until its quantity changes; the
// book's CRC is then folded level by level (crc32Shift), and kept until a change reaches a side's top 10.

import {
  CHECKSUM_LEVELS,
  checksumToken,
  crc32Final,
  crc32Shift,
  crc32Update,
  CRC32_START,
} from '../../venue/kraken/book-checksum.js';

export type BookSideName = 'bid' | 'ask';

export interface MirrorLevel {
  price: string;
  qty: string;
}

/** One level of a side with its share of the checksum (made when first needed). */
interface LevelRecord {
  readonly price: string;
  qty: string;
  priceToken: string | undefined;
  /** crc32Update(0, price token + quantity token), and that text's length; -1 = to be made. */
  crc: number;
  crcLength: number;
}

export function comparePrices(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for "0", "0.000", "" — the engine's way of saying a level is gone. */
export function isZeroQty(qty: string): boolean {
  for (let i = 0; i < qty.length; i++) {
    const c = qty.charCodeAt(i);
    if (c !== 0x30 && c !== 0x2e) return false;
  }
  return true;
}

export class MirrorSide {
  /** Best first: bids descending, asks ascending. */
  private readonly levels: LevelRecord[] = [];
  private readonly byPrice = new Map<string, LevelRecord>();
  /** -1 for bids (higher is better), 1 for asks. */
  private readonly sign: number;
  /** A level among the top CHECKSUM_LEVELS changed since the last `feedChecksum`. */
  topChanged = true;

  constructor(readonly side: BookSideName) {
    this.sign = side === 'bid' ? -1 : 1;
  }

  get size(): number {
    return this.levels.length;
  }

  qtyOf(price: string): string | undefined {
    return this.byPrice.get(price)?.qty;
  }

  priceAt(rank: number): string | undefined {
    return this.levels[rank]?.price;
  }

  /** Rank (0 = best) of a present price, or -1. */
  rankOf(price: string): number {
    if (!this.byPrice.has(price)) return -1;
    return this.search(price);
  }

  set(price: string, qty: string): void {
    const level = this.byPrice.get(price);
    if (isZeroQty(qty)) {
      if (level === undefined) return;
      this.byPrice.delete(price);
      const at = this.search(price);
      this.levels.splice(at, 1);
      if (at < CHECKSUM_LEVELS) this.topChanged = true;
      return;
    }
    if (level !== undefined) {
      if (level.qty === qty) return;
      level.qty = qty;
      level.crcLength = -1;
      if (!this.topChanged && this.withinTop(price)) this.topChanged = true;
      return;
    }
    const at = this.search(price);
    const added: LevelRecord = { price, qty, priceToken: undefined, crc: 0, crcLength: -1 };
    if (at === this.levels.length) this.levels.push(added);
    else this.levels.splice(at, 0, added);
    this.byPrice.set(price, added);
    if (at < CHECKSUM_LEVELS) this.topChanged = true;
  }

  top(n: number): MirrorLevel[] {
    const out: MirrorLevel[] = [];
    const end = Math.min(n, this.levels.length);
    for (let i = 0; i < end; i++) {
      const level = this.levels[i]!;
      out.push({ price: level.price, qty: level.qty });
    }
    return out;
  }

  /** Continue a running CRC over this side's top levels (price token, then quantity token, best first). */
  feedChecksum(crc: number): number {
    const end = Math.min(CHECKSUM_LEVELS, this.levels.length);
    for (let i = 0; i < end; i++) {
      const level = this.levels[i]!;
      if (level.crcLength < 0) {
        const priceToken = (level.priceToken ??= checksumToken(level.price));
        const qtyToken = checksumToken(level.qty);
        level.crc = crc32Update(crc32Update(0, priceToken), qtyToken);
        level.crcLength = priceToken.length + qtyToken.length;
      }
      crc = crc32Shift(crc, level.crcLength) ^ level.crc;
    }
    this.topChanged = false;
    return crc;
  }

  /** Is a present price among the top CHECKSUM_LEVELS? (Compared with the last of them, no search.) */
  private withinTop(price: string): boolean {
    const n = this.levels.length;
    return n <= CHECKSUM_LEVELS || this.sign * comparePrices(price, this.levels[CHECKSUM_LEVELS - 1]!.price) <= 0;
  }

  /** Index of `price` if present, else where it would be inserted (best-first order). */
  private search(price: string): number {
    const sign = this.sign;
    const levels = this.levels;
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sign * comparePrices(levels[mid]!.price, price) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export class BookMirror {
  readonly bids = new MirrorSide('bid');
  readonly asks = new MirrorSide('ask');
  private checksumValue = 0;

  sideOf(side: BookSideName): MirrorSide {
    return side === 'bid' ? this.bids : this.asks;
  }

  /** Kraken's checksum of the current book (`bookChecksum` of both tops), recomputed only when a top changed. */
  checksum(): number {
    if (this.asks.topChanged || this.bids.topChanged) {
      this.checksumValue = crc32Final(this.bids.feedChecksum(this.asks.feedChecksum(CRC32_START)));
    }
    return this.checksumValue;
  }
}
