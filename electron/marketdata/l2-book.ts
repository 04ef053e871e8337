// An L2 order book of one symbol, built from a snapshot (35=W) and incrementals (35=X: new / change / delete by
// price level, spec §1.8) in the main process. Prices are keyed by exact integer units (decimal-scan.ts); the
// venue's texts are kept for display and for Kraken's checksum (5041), verified after each message that carries
// one. A failed checksum marks the book resyncing and asks its owner for a fresh snapshot; until that snapshot
// arrives incrementals are ignored (they belong to the subscription being replaced).

import type { BookLevel } from '../../shared/domain/market-data.js';
import { latin1 } from '../fix/codec/bytes.js';
import { internLatin1 } from '../fix/codec/intern.js';
import { BookSide, qtyOf } from './book-side.js';
import { topChecksum } from './book-verify.js';
import { atScale, DecimalScan, pow10 } from './decimal-scan.js';
import { CHECKSUM_LEVELS } from '../venue/kraken/book-checksum.js';

/** MDUpdateAction (279). */
export const UpdateAction = { New: 0, Change: 1, Delete: 2 } as const;
export type UpdateAction = (typeof UpdateAction)[keyof typeof UpdateAction];

export interface L2BookOptions {
  /** Levels per side the venue keeps us (the subscribed MarketDepth, 0 = its full-book cap). */
  depth: number;
  /** PricePrecision (2349) and QtyPrecision (5010) from the InstrumentList: the checksum formats with them. */
  priceDecimals?: number;
  qtyDecimals?: number;
  /** Called once per failed checksum, after the book is marked resyncing. */
  onResyncNeeded?: (book: L2Book) => void;
}

export type ChecksumVerdict = 'ok' | 'mismatch' | 'unchecked';

/** Kraken's checksum covers 10 levels a side, so only a window that deep can be verified. */
const CHECKSUM_MIN_DEPTH = 10;

export class L2Book {
  readonly bids = new BookSide(1);
  readonly asks = new BookSide(-1);
  depth: number;
  priceDecimals: number | undefined;
  qtyDecimals: number | undefined;
  /** Fraction digits of the integer price keys; grows when a price with more digits arrives. */
  private scale: number;
  private readonly scan = new DecimalScan();
  /** Epoch ms of the last snapshot or incremental applied. */
  updatedAt = 0;
  resyncing = false;
  /** A snapshot of the current subscription has arrived (false after a reconnect until the new one does). */
  hasSnapshot = false;
  /** Entries whose price was not a plain decimal (dropped); counted for the session monitor. */
  malformed = 0;
  lastChecksum: ChecksumVerdict = 'unchecked';
  /** The book's own checksum when last computed (-1: never, or invalidated). */
  private computedChecksum = -1;
  private readonly onResyncNeeded: ((book: L2Book) => void) | undefined;

  constructor(
    readonly symbol: string,
    options: L2BookOptions,
  ) {
    this.depth = options.depth;
    this.priceDecimals = options.priceDecimals;
    this.qtyDecimals = options.qtyDecimals;
    this.scale = options.priceDecimals ?? 0;
    this.onResyncNeeded = options.onResyncNeeded;
  }

  /** PricePrecision / QtyPrecision learnt (or corrected) after the book was made: the checksum formats anew. */
  setPrecisions(priceDecimals: number | undefined, qtyDecimals: number | undefined): void {
    if (priceDecimals === this.priceDecimals && qtyDecimals === this.qtyDecimals) return;
    this.priceDecimals = priceDecimals;
    this.qtyDecimals = qtyDecimals;
    this.bids.clearTokens();
    this.asks.clearTokens();
    this.computedChecksum = -1;
  }

  /** True while incrementals should be applied (not waiting for a replacement snapshot). */
  get live(): boolean {
    return !this.resyncing;
  }

  /** Start of a snapshot: the book is replaced by what follows. */
  beginSnapshot(): void {
    this.bids.clear();
    this.asks.clear();
  }

  /** End of a snapshot: the book is whole again. */
  endSnapshot(now: number): void {
    this.resyncing = false;
    this.hasSnapshot = true;
    this.lastChecksum = 'unchecked';
    this.updatedAt = now;
  }

  /**
   * One level from the wire, price and quantity as byte ranges of `buf` (qtyStart < 0: none, as on a delete).
   * The price is scanned in place and becomes text only for a new level; the quantity is held as digits (see
   * Level). A change of an unknown level inserts it; a delete of an unknown level is a no-op (both heal a book
   * the checksum will judge anyway); a zero quantity deletes.
   */
  applyLevel(
    action: UpdateAction,
    isBid: boolean,
    buf: Buffer,
    priceStart: number,
    priceEnd: number,
    qtyStart: number,
    qtyEnd: number,
  ): void {
    const scan = this.scan;
    if (!scan.scan(buf, priceStart, priceEnd) || (scan.decimals > this.scale && !this.rescale(scan.decimals))) {
      this.malformed++;
      return;
    }
    const side = isBid ? this.bids : this.asks;
    const key = side.sign * atScale(scan.units, scan.decimals, this.scale);
    const i = side.search(key);
    if (action === UpdateAction.Delete || qtyStart < 0) {
      if (i >= 0) side.removeAt(i);
      return;
    }
    let units: number;
    let decimals: number;
    let text = '';
    if (scan.scanWire(buf, qtyStart, qtyEnd)) {
      units = scan.units;
      decimals = scan.decimals;
      if (units === 0) {
        if (i >= 0) side.removeAt(i);
        return;
      }
    } else if (isLongDecimal(buf, qtyStart, qtyEnd)) {
      // More digits than a double holds exactly: keep the text as it came.
      if (scan.scan(buf, qtyStart, qtyEnd) && scan.units === 0) {
        if (i >= 0) side.removeAt(i);
        return;
      }
      units = Number.NaN;
      decimals = 0;
      text = latin1(buf, qtyStart, qtyEnd);
    } else {
      this.malformed++;
      return;
    }
    if (i >= 0) side.updateAt(i, units, decimals, text);
    else side.insertAt(-i - 1, key, internLatin1(buf, priceStart, priceEnd), units, decimals, text);
  }

  /** The same from text (tests, tools). */
  applyLevelText(action: UpdateAction, isBid: boolean, price: string, qty: string | null): void {
    const bytes = Buffer.from(price + (qty ?? ''), 'latin1');
    const q = qty === null ? -1 : price.length;
    this.applyLevel(action, isBid, bytes, 0, price.length, q, bytes.length);
  }

  /**
   * After all entries of one incremental: keep the depth window, stamp the time, and verify the venue's checksum
   * when the message carried one and the window is deep enough to hold Kraken's 10 levels.
   */
  endIncremental(checksum: number | undefined, now: number): ChecksumVerdict {
    const max = this.maxLevels();
    this.bids.truncate(max);
    this.asks.truncate(max);
    this.updatedAt = now;
    if (checksum === undefined || max < CHECKSUM_MIN_DEPTH) return (this.lastChecksum = 'unchecked');
    // Nothing moved in either top 10 since the last computation: the book's checksum is the one computed then.
    const moved = Math.min(this.bids.takeChecksumTouched(), this.asks.takeChecksumTouched()) < CHECKSUM_LEVELS;
    if (moved || this.computedChecksum < 0) this.computedChecksum = topChecksum(this);
    if (this.computedChecksum === checksum) return (this.lastChecksum = 'ok');
    this.lastChecksum = 'mismatch';
    this.resyncing = true;
    this.hasSnapshot = false;
    this.onResyncNeeded?.(this);
    return 'mismatch';
  }

  /** Best levels first, at most n a side (new objects: they cross the process boundary). */
  top(n: number): { bids: BookLevel[]; asks: BookLevel[] } {
    return { bids: levels(this.bids, n), asks: levels(this.asks, n) };
  }

  bestBid(): string | null {
    return this.bids.at(0)?.price ?? null;
  }

  bestAsk(): string | null {
    return this.asks.at(0)?.price ?? null;
  }

  /** Best rank touched on either side since the last call (Infinity when nothing moved). */
  takeTouchedRank(): number {
    return Math.min(this.bids.takeTouched(), this.asks.takeTouched());
  }

  maxLevels(): number {
    return this.depth > 0 ? this.depth : FULL_BOOK_LEVELS;
  }

  private rescale(decimals: number): boolean {
    const factor = pow10(decimals - this.scale);
    const worst = Math.max(absKey(this.bids), absKey(this.asks));
    if (worst * factor > Number.MAX_SAFE_INTEGER) return false;
    this.bids.scaleKeys(factor);
    this.asks.scaleKeys(factor);
    this.scale = decimals;
    return true;
  }
}

/** Kraken caps a full-depth (264=0) L2 book at 1000 levels a side. */
export const FULL_BOOK_LEVELS = 1000;

function absKey(side: BookSide): number {
  // Keys are sorted: the largest magnitude is at one end.
  if (side.size === 0) return 0;
  return Math.max(Math.abs(side.keyAt(0)), Math.abs(side.keyAt(side.size - 1)));
}

function levels(side: BookSide, n: number): BookLevel[] {
  const out: BookLevel[] = [];
  const end = Math.min(n, side.size);
  for (let r = 0; r < end; r++) {
    const l = side.at(r)!;
    out.push({ price: l.price, qty: qtyOf(l) });
  }
  return out;
}

/** Digits with at most one point: a decimal too long for scanWire, still a decimal. */
function isLongDecimal(buf: Buffer, start: number, end: number): boolean {
  let points = 0;
  for (let p = start; p < end; p++) {
    const c = buf[p]!;
    if (c === 0x2e) points++;
    else if (c < 0x30 || c > 0x39) return false;
  }
  return end > start && points <= 1;
}
