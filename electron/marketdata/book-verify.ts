// Kraken's checksum over a client book (the algorithm itself is the venue module's, shared with the simulator):
// tokens are cached on the levels, so a message that changes one level re-tokenises one level, not twenty.

import {
  CHECKSUM_LEVELS,
  CRC32_START,
  checksumToken,
  checksumTokenAt,
  crc32Final,
  crc32Update,
} from '../venue/kraken/book-checksum.js';
import { qtyOf, type BookSide, type Level } from './book-side.js';
import { pow10 } from './decimal-scan.js';

interface Precisions {
  readonly priceDecimals: number | undefined;
  readonly qtyDecimals: number | undefined;
  readonly bids: BookSide;
  readonly asks: BookSide;
}

function token(text: string, decimals: number | undefined): string {
  return decimals === undefined ? checksumToken(text) : checksumTokenAt(text, decimals);
}

/**
 * The quantity's token straight from its digits: what checksumTokenAt gives for its text, without making the text
 * (the text-based path stays for values too long to hold as a number). Tested equal over many values.
 */
export function qtyToken(l: Level, decimals: number | undefined): string {
  const units = l.qtyUnits;
  if (Number.isNaN(units)) return token(qtyOf(l), decimals);
  if (decimals === undefined || decimals === l.qtyDecimals) return String(units);
  if (decimals < l.qtyDecimals) return String(Math.floor(units / pow10(l.qtyDecimals - decimals)));
  const scaled = units * pow10(decimals - l.qtyDecimals);
  return scaled <= Number.MAX_SAFE_INTEGER ? String(scaled) : token(qtyOf(l), decimals);
}

function sideCrc(crc: number, side: BookSide, book: Precisions): number {
  const n = Math.min(side.size, CHECKSUM_LEVELS);
  for (let r = 0; r < n; r++) {
    const l: Level = side.at(r)!;
    if (l.priceToken === '') l.priceToken = token(l.price, book.priceDecimals);
    if (l.qtyToken === '') l.qtyToken = qtyToken(l, book.qtyDecimals);
    crc = crc32Update(crc32Update(crc, l.priceToken), l.qtyToken);
  }
  return crc;
}

/** Asks best (lowest) first, then bids best (highest) first, 10 a side, as Kraken computes 5041. */
export function topChecksum(book: Precisions): number {
  return crc32Final(sideCrc(sideCrc(CRC32_START, book.asks, book), book.bids, book));
}
