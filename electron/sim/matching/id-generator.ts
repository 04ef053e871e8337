// Kraken-shaped identifiers (spec §1.7: OrderID like `OKWUQF-YPJM2-DTAJHH`): a letter prefix and 16 base-32
// characters (A–Z, 2–7) in 6-5-6 groups. A counter goes through a keyed bijection of the 80-bit space, so ids look
// random, repeat for the same seed (deterministic tests and replays), and can never collide.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BITS = 80n;
const MASK = (1n << BITS) - 1n;
// Odd multipliers are invertible modulo 2^80; xor-shifts by at least half the width are invertible too.
const M1 = 0x9e3779b97f4a7c15f39cn | 1n;
const M2 = 0xc2b2ae3d27d4eb4f1657n | 1n;

/** A 32-bit seed spread over 80 bits (splitmix-style), so nearby seeds give unrelated sequences. */
function spread(seed: number, stream: number): bigint {
  let x = (BigInt(seed >>> 0) << 32n) ^ BigInt(stream >>> 0) ^ 0x5851f42d4c957f2dn;
  x = (x * M1) & MASK;
  x ^= x >> 41n;
  x = (x * M2) & MASK;
  return x ^ (x >> 43n);
}

export class KrakenIdGenerator {
  private counter = 0n;
  private readonly key: bigint;

  /** `prefix` is the first character (O for orders, T for trades); `stream` separates generators of one seed. */
  constructor(
    private readonly prefix: string,
    seed: number,
    stream: number,
  ) {
    this.key = spread(seed, stream);
  }

  next(): string {
    let x = (this.counter++ + this.key) & MASK;
    x = (x * M1) & MASK;
    x ^= x >> 41n;
    x = (x * M2) & MASK;
    x ^= x >> 43n;
    x = (x * M1) & MASK;
    x ^= x >> 40n;
    let chars = '';
    for (let i = 0; i < 16; i++) {
      chars += ALPHABET[Number(x & 31n)];
      x >>= 5n;
    }
    const body = this.prefix + chars;
    return `${body.slice(0, 6)}-${body.slice(6, 11)}-${body.slice(11)}`;
  }
}
