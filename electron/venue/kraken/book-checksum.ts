// Kraken's order book checksum (5041 ChecksumOrderBook, spec §1.8 "Book checksum"): over the top 10 levels per side
// whatever the subscribed depth, after the whole message is applied. Asks low→high, then bids high→low; for each
// level the price (at PricePrecision 2349) and the quantity (at QtyPrecision 5010) with the '.' removed and the
// leading zeros stripped, price then quantity, all concatenated; CRC32 (IEEE, as zlib) of that ASCII text, as an
// unsigned 32-bit decimal. One implementation for both ends: the simulator signs what it publishes (its prices
// and quantities are already at the pair's full precision), the workstation's books verify what they receive.

export const CHECKSUM_LEVELS = 10;

export interface ChecksumLevel {
  price: string;
  qty: string;
}

/** "0.05005" → "5005", "0.00000500" → "500", "30299.9" → "302999". */
export function checksumToken(decimalText: string): string {
  const digits = decimalText.replace('.', '');
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 0x30) i++;
  return digits.slice(i);
}

/**
 * The token of a value formatted at `decimals` fraction digits first, as Kraken asks (a venue may send "1.5" for a
 * pair with QtyPrecision 8: its token is "150000000"). Extra fraction digits are cut, not rounded: a venue never
 * sends more digits than the pair's precision, and if it did the checksum would fail and resync either way.
 */
export function checksumTokenAt(decimalText: string, decimals: number): string {
  const dot = decimalText.indexOf('.');
  const whole = dot < 0 ? decimalText : decimalText.slice(0, dot);
  const fraction = dot < 0 ? '' : decimalText.slice(dot + 1);
  const fixed =
    fraction.length >= decimals ? fraction.slice(0, decimals) : fraction + '0'.repeat(decimals - fraction.length);
  return checksumToken(whole + fixed);
}

/** The text the CRC is taken over; asks best (lowest) first, bids best (highest) first, at most 10 each. */
export function checksumInput(asks: readonly ChecksumLevel[], bids: readonly ChecksumLevel[]): string {
  let text = '';
  const na = Math.min(asks.length, CHECKSUM_LEVELS);
  for (let i = 0; i < na; i++) text += checksumToken(asks[i]!.price) + checksumToken(asks[i]!.qty);
  const nb = Math.min(bids.length, CHECKSUM_LEVELS);
  for (let i = 0; i < nb; i++) text += checksumToken(bids[i]!.price) + checksumToken(bids[i]!.qty);
  return text;
}

/** CRC-32/IEEE (zlib's) lookup table, and the three more of slicing-by-4 (T1..T3: one, two, three bytes later). */
const [CRC_TABLE, T1, T2, T3] = ((): Int32Array[] => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  const tables = [t];
  for (let k = 1; k < 4; k++) {
    const prev = tables[k - 1]!;
    const next = new Int32Array(256);
    for (let n = 0; n < 256; n++) next[n] = (prev[n]! >>> 8) ^ t[prev[n]! & 0xff]!;
    tables.push(next);
  }
  return tables;
})() as [Int32Array, Int32Array, Int32Array, Int32Array];

/** Start value of a running CRC (crc32Update, then crc32Final). */
export const CRC32_START = -1;

/**
 * Continue a CRC over ASCII text (each character's low byte). Computed here rather than by zlib so that a book can
 * feed its cached tokens one by one: no input string is assembled and no native call is made per message. Four
 * characters a step (slicing-by-4): both ends sign or verify every book message, at up to 50 000 a second.
 */
export function crc32Update(crc: number, text: string): number {
  const n = text.length;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    crc ^=
      (text.charCodeAt(i) & 0xff) |
      ((text.charCodeAt(i + 1) & 0xff) << 8) |
      ((text.charCodeAt(i + 2) & 0xff) << 16) |
      ((text.charCodeAt(i + 3) & 0xff) << 24);
    crc = T3[crc & 0xff]! ^ T2[(crc >>> 8) & 0xff]! ^ T1[(crc >>> 16) & 0xff]! ^ CRC_TABLE[crc >>> 24]!;
  }
  for (; i < n; i++) crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return crc;
}

/** Shift tables by length (4 × 256 entries each, one per byte of the register), made on first use. */
const SHIFT_TABLES: Int32Array[] = [];
const MAX_SHIFT_TABLE = 64;

function shiftTable(length: number): Int32Array {
  let t = SHIFT_TABLES[length];
  if (t === undefined) {
    t = new Int32Array(1024);
    for (let k = 0; k < 4; k++) {
      for (let n = 0; n < 256; n++) {
        let c = n << (8 * k);
        for (let i = 0; i < length; i++) c = CRC_TABLE[c & 0xff]! ^ (c >>> 8);
        t[k * 256 + n] = c;
      }
    }
    SHIFT_TABLES[length] = t;
  }
  return t;
}

/**
 * A running CRC carried over `length` bytes without reading them: the register is linear in its bytes, so
 * `crc32Update(crc, text) === crc32Shift(crc, text.length) ^ crc32Update(0, text)`. A book keeps each level's
 * `crc32Update(0, tokens)` and length, and its checksum is then four table reads a level instead of a pass over
 * every character of the top 20.
 */
export function crc32Shift(crc: number, length: number): number {
  for (; length > MAX_SHIFT_TABLE; length -= MAX_SHIFT_TABLE) crc = crc32Shift(crc, MAX_SHIFT_TABLE);
  const t = shiftTable(length);
  return t[crc & 0xff]! ^ t[256 + ((crc >>> 8) & 0xff)]! ^ t[512 + ((crc >>> 16) & 0xff)]! ^ t[768 + (crc >>> 24)]!;
}

export function crc32Final(crc: number): number {
  return ~crc >>> 0;
}

/** CRC32 of an already assembled checksum input. */
export function checksumOfInput(input: string): number {
  return crc32Final(crc32Update(CRC32_START, input));
}

export function bookChecksum(asks: readonly ChecksumLevel[], bids: readonly ChecksumLevel[]): number {
  return checksumOfInput(checksumInput(asks, bids));
}
