// What one subscriber must be told after a batch: its view of a pair's book (the levels it was sent, at most its
// depth per side) brought in line with the hub's mirror. A level leaving the window is a delete carrying its qty
// (Kraken: 271 > 0 = left the subscribed depth), a level that is gone a delete with 0, and a level entering the
// window from below after a delete above it is sent as new (spec §1.8).

import type { BookSideName, MirrorSide } from './book-mirror.js';

export type UpdateAction = '0' | '1' | '2';

export interface BookEntry {
  action: UpdateAction;
  side: BookSideName;
  price: string;
  qty: string;
}

/** Upserts of one call, kept to go after its deletes; one array reused (diffs run one at a time, to completion). */
const upserts: BookEntry[] = [];

/** Price → qty the subscriber holds. */
export type SentSide = Map<string, string>;

export function diffSide(
  sent: SentSide,
  mirror: MirrorSide,
  /** Prices touched since the last diff, each once. */
  changed: readonly string[],
  depth: number,
  out: BookEntry[],
): void {
  const side = mirror.side;
  // Deletes go first so a client that enforces its depth never holds more than `depth` levels mid-message.
  upserts.length = 0;
  for (const price of changed) {
    const rank = mirror.rankOf(price);
    const had = sent.get(price);
    if (rank >= 0 && rank < depth) {
      const qty = mirror.qtyOf(price)!;
      if (had === undefined) upserts.push({ action: '0', side, price, qty });
      else if (had !== qty) upserts.push({ action: '1', side, price, qty });
      sent.set(price, qty);
    } else if (had !== undefined) {
      sent.delete(price);
      out.push({ action: '2', side, price, qty: rank >= 0 ? mirror.qtyOf(price)! : '0' });
    }
  }
  // Levels pushed below the window by inserts above them: a sent level's rank grew by at most the inserts.
  const target = Math.min(depth, mirror.size);
  for (let i = depth, end = Math.min(mirror.size, depth + changed.length); i < end && sent.size > target; i++) {
    const price = mirror.priceAt(i)!;
    if (changed.includes(price) || !sent.has(price)) continue;
    sent.delete(price);
    out.push({ action: '2', side, price, qty: mirror.qtyOf(price)! });
  }
  // Levels that moved up into the window: the unsent ones sit at its bottom.
  for (let i = target - 1; i >= 0 && sent.size < target; i--) {
    const price = mirror.priceAt(i)!;
    if (sent.has(price)) continue;
    const qty = mirror.qtyOf(price)!;
    sent.set(price, qty);
    upserts.push({ action: '0', side, price, qty });
  }
  for (const e of upserts) out.push(e);
  upserts.length = 0;
}
