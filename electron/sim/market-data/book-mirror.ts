// The hub's own copy of one pair's visible book, kept from the engine's `level` events, so that the rank of a price
// (is it inside a subscriber's depth window?) and the top 10 for the checksum are known without asking the engine
// for a full depth snapshot on every batch. Prices are the engine's fixed-precision text; all prices of a pair
// have the same number of decimals, so comparing length, then characters, compares numbers.

export type BookSideName = 'bid' | 'ask';

export interface MirrorLevel {
  price: string;
  qty: string;
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
  private readonly prices: string[] = [];
  private readonly qtys = new Map<string, string>();

  constructor(readonly side: BookSideName) {}

  get size(): number {
    return this.prices.length;
  }

  qtyOf(price: string): string | undefined {
    return this.qtys.get(price);
  }

  priceAt(rank: number): string | undefined {
    return this.prices[rank];
  }

  /** Rank (0 = best) of a present price, or -1. */
  rankOf(price: string): number {
    if (!this.qtys.has(price)) return -1;
    return this.search(price);
  }

  set(price: string, qty: string): void {
    if (isZeroQty(qty)) {
      if (!this.qtys.delete(price)) return;
      this.prices.splice(this.search(price), 1);
      return;
    }
    if (!this.qtys.has(price)) this.prices.splice(this.search(price), 0, price);
    this.qtys.set(price, qty);
  }

  top(n: number): MirrorLevel[] {
    const out: MirrorLevel[] = [];
    const end = Math.min(n, this.prices.length);
    for (let i = 0; i < end; i++) {
      const price = this.prices[i]!;
      out.push({ price, qty: this.qtys.get(price)! });
    }
    return out;
  }

  /** Index of `price` if present, else where it would be inserted (best-first order). */
  private search(price: string): number {
    const sign = this.side === 'bid' ? -1 : 1;
    let lo = 0;
    let hi = this.prices.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sign * comparePrices(this.prices[mid]!, price) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export class BookMirror {
  readonly bids = new MirrorSide('bid');
  readonly asks = new MirrorSide('ask');

  sideOf(side: BookSideName): MirrorSide {
    return side === 'bid' ? this.bids : this.asks;
  }
}
