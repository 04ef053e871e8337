// Kraken's checksum over a client book (the algorithm itself is the venue module's, shared with the simulator):
// tokens are cached on the levels, so a message that changes one level re-tokenises one level, not twenty.

import { CHECKSUM_LEVELS, checksumOfInput, checksumToken, checksumTokenAt } from '../venue/kraken/book-checksum.js';
import type { BookSide, Level } from './book-side.js';

interface Precisions {
  readonly priceDecimals: number | undefined;
  readonly qtyDecimals: number | undefined;
  readonly bids: BookSide;
  readonly asks: BookSide;
}

function token(text: string, decimals: number | undefined): string {
  return decimals === undefined ? checksumToken(text) : checksumTokenAt(text, decimals);
}

function sideInput(side: BookSide, book: Precisions): string {
  let text = '';
  const n = Math.min(side.size, CHECKSUM_LEVELS);
  for (let r = 0; r < n; r++) {
    const l: Level = side.at(r)!;
    if (l.priceToken === '') l.priceToken = token(l.price, book.priceDecimals);
    if (l.qtyToken === '') l.qtyToken = token(l.qty, book.qtyDecimals);
    text += l.priceToken + l.qtyToken;
  }
  return text;
}

/** Asks best (lowest) first, then bids best (highest) first, 10 a side, as Kraken computes 5041. */
export function topChecksum(book: Precisions): number {
  return checksumOfInput(sideInput(book.asks, book) + sideInput(book.bids, book));
}
