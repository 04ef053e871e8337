// ClOrdID (11) generation by Kraken's rules (spec §1.6): an ever-increasing positive integer of at most 18 digits
// (spot), or a timestamp-first ("COMB") v4 UUID whose first 48 bits are the time in 10-µs units (required on
// derivatives). Both are derived from the clock so that ids keep increasing across restarts without a persisted
// high-water mark; a clock that steps back only slows the time part down, the ids never go back. Owned by the OMS
// in main, one generator per venue session.
import { randomBytes } from 'node:crypto';

export type ClOrdIdStyle = 'numeric' | 'uuid';

export interface ClOrdIdOptions {
  readonly style: ClOrdIdStyle;
  /** Epoch milliseconds (injectable for tests). */
  readonly now: () => number;
  /** Random bytes for the UUID's non-time bits (injectable for tests). */
  readonly random?: (size: number) => Uint8Array;
}

/** Numeric ids are epoch ms × 1000 + a counter: 16 digits today, microsecond-like as Kraken's example. */
const PER_MS = 1000n;
/** COMB UUIDs count 10-µs units: 100 per millisecond. */
const UNITS_PER_MS = 100n;
const MAX_NUMERIC = 999_999_999_999_999_999n;
const MAX_48_BITS = (1n << 48n) - 1n;

export class ClOrdIdSource {
  private last = 0n;
  private readonly random: (size: number) => Uint8Array;

  constructor(private readonly o: ClOrdIdOptions) {
    this.random = o.random ?? ((size) => randomBytes(size));
  }

  get style(): ClOrdIdStyle {
    return this.o.style;
  }

  next(): string {
    return this.o.style === 'numeric' ? this.nextNumeric() : this.nextUuid();
  }

  /** The next time value: the clock's, or one past the last issued when the clock has not moved on (or went back). */
  private tick(perMs: bigint): bigint {
    const fromClock = BigInt(Math.max(0, Math.floor(this.o.now()))) * perMs;
    this.last = fromClock > this.last ? fromClock : this.last + 1n;
    return this.last;
  }

  private nextNumeric(): string {
    const v = this.tick(PER_MS);
    if (v > MAX_NUMERIC) throw new RangeError('ClOrdID would exceed 18 digits');
    return v.toString();
  }

  private nextUuid(): string {
    const t = this.tick(UNITS_PER_MS);
    if (t > MAX_48_BITS) throw new RangeError('ClOrdID time does not fit the UUID’s 48 time bits');
    const r = this.random(10);
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 6; i++) bytes[i] = Number((t >> BigInt(8 * (5 - i))) & 0xffn);
    for (let i = 0; i < 10; i++) bytes[6 + i] = r[i] ?? 0;
    bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

/** The time a COMB UUID carries, in epoch ms (tests, diagnostics). */
export function uuidTimeMs(id: string): number {
  const hex = id.replace(/-/g, '').slice(0, 12);
  return Number(BigInt(`0x${hex}`) / UNITS_PER_MS);
}
