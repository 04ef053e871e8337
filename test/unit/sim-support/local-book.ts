// A client's L2 book of one pair kept from the simulator's W and X exactly as a Kraken client would: entries
// applied in order, the whole message first, then its 5041 compared with the CRC of the top 10 levels per side.
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { bookChecksum, type ChecksumLevel } from '../../../electron/venue/kraken/book-checksum.js';

export type Entry = Map<number, string>;

/** The entries of a W (each starts at 269) or an X (each starts at 279). */
export function mdEntries(msg: FixMessage): Entry[] {
  const first = msg.msgType === 'X' ? 279 : 269;
  const out: Entry[] = [];
  let inGroup = false;
  for (const [tag, value] of msg.fields()) {
    if (tag === 268) inGroup = true;
    else if (!inGroup || tag === 10) continue;
    else if (tag === first) out.push(new Map([[tag, value]]));
    else out.at(-1)?.set(tag, value);
  }
  return out;
}

function sorted(side: Map<string, string>, descending: boolean): ChecksumLevel[] {
  const levels = [...side].map(([price, qty]) => ({ price, qty }));
  levels.sort((a, b) => (descending ? Number(b.price) - Number(a.price) : Number(a.price) - Number(b.price)));
  return levels;
}

export class LocalBook {
  readonly bids = new Map<string, string>();
  readonly asks = new Map<string, string>();
  checked = 0;
  mismatches = 0;
  trades = 0;

  constructor(readonly symbol: string) {}

  /** Applies a W or X of this pair; returns false when its 5041 disagrees with the book. */
  apply(msg: FixMessage): boolean {
    if (msg.msgType === 'W') {
      this.bids.clear();
      this.asks.clear();
    }
    let sum: string | undefined;
    for (const e of mdEntries(msg)) {
      const type = e.get(269);
      if (type === '2') {
        this.trades++;
        continue;
      }
      const side = type === '0' ? this.bids : this.asks;
      const price = e.get(270)!;
      if (msg.msgType === 'W' || e.get(279) !== '2') side.set(price, e.get(271)!);
      else side.delete(price);
      sum = e.get(5041) ?? sum;
    }
    if (sum === undefined) return true;
    this.checked++;
    if (Number(sum) === this.checksum()) return true;
    this.mismatches++;
    return false;
  }

  checksum(): number {
    return bookChecksum(sorted(this.asks, false), sorted(this.bids, true));
  }

  /** Best first, like MatchingEngine.depth(). */
  levels(): { bids: ChecksumLevel[]; asks: ChecksumLevel[] } {
    return { bids: sorted(this.bids, true), asks: sorted(this.asks, false) };
  }
}
