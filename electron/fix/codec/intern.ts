import { latin1 } from './bytes.js';

// Symbols, CompIDs, enum values and ClOrdID prefixes repeat on every message: a small direct-mapped cache turns
// their bytes into the same string object instead of a fresh allocation per read. Collisions just overwrite.
const SIZE = 4096;
const table: Array<string | undefined> = new Array<string | undefined>(SIZE);
const MAX_LEN = 24;
/** The last string returned: consecutive reads of one value (a symbol in every MD entry) skip the hash. */
let last = '';

/** buf[start, end) as a string, shared with earlier reads of the same bytes when short. */
export function internLatin1(buf: Buffer, start: number, end: number): string {
  const len = end - start;
  if (len > MAX_LEN) return latin1(buf, start, end);
  if (last.length === len && sameBytes(last, buf, start, len)) return last;
  let h = len;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]!) | 0;
  const slot = h & (SIZE - 1);
  const cached = table[slot];
  if (cached !== undefined && cached.length === len && sameBytes(cached, buf, start, len)) return (last = cached);
  const s = latin1(buf, start, end);
  table[slot] = s;
  return (last = s);
}

function sameBytes(s: string, buf: Buffer, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (s.charCodeAt(i) !== buf[start + i]) return false;
  return true;
}
