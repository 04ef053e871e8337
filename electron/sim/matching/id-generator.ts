// Kraken-shaped identifiers (spec §1.7: OrderID like `OKWUQF-YPJM2-DTAJHH`): a letter prefix and 16 base-32
// characters (A–Z, 2–7) in 6-5-6 groups. A counter goes through a keyed bijection of the 80-bit space, so ids look
// random, repeat for the same seed (deterministic tests and replays), and can never collide.
//
// The mixing runs on four 20-bit limbs held in plain numbers (a limb product stays below 2^40, a column sum below
// 2^43: exact in a double), not on BigInts: the engine draws an id for every order, report and trade, and BigInt
// arithmetic allocated on each step (7 % of the simulator's time at 50k commands/s). Division by 2^20 with
// Math.floor, not `%`: the floating-point remainder is several times slower. `referenceId` keeps the
// BigInt definition the limbs must match bit for bit.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DASH = 0x2d;
const BITS = 80n;
const MASK = (1n << BITS) - 1n;
// Odd multipliers are invertible modulo 2^80; xor-shifts by at least half the width are invertible too.
const M1 = 0x9e3779b97f4a7c15f39cn | 1n;
const M2 = 0xc2b2ae3d27d4eb4f1657n | 1n;

const LIMB = 1_048_576; // 2^20
const LOW20 = LIMB - 1;

/** A 32-bit seed spread over 80 bits (splitmix-style), so nearby seeds give unrelated sequences. */
function spread(seed: number, stream: number): bigint {
  let x = (BigInt(seed >>> 0) << 32n) ^ BigInt(stream >>> 0) ^ 0x5851f42d4c957f2dn;
  x = (x * M1) & MASK;
  x ^= x >> 41n;
  x = (x * M2) & MASK;
  return x ^ (x >> 43n);
}

function limbsOf(v: bigint): [number, number, number, number] {
  return [Number(v & 0xfffffn), Number((v >> 20n) & 0xfffffn), Number((v >> 40n) & 0xfffffn), Number(v >> 60n)];
}

const [A0, A1, A2, A3] = limbsOf(M1);
const [B0, B1, B2, B3] = limbsOf(M2);

/** The 80-bit value being mixed, low limb first (reused: one per module, the engine is single-threaded). */
let x0 = 0;
let x1 = 0;
let x2 = 0;
let x3 = 0;

/** x = x · m mod 2^80. */
function mul(m0: number, m1: number, m2: number, m3: number): void {
  let s = x0 * m0;
  let q = Math.floor(s / LIMB);
  const r0 = s - q * LIMB;
  s = q + x0 * m1 + x1 * m0;
  q = Math.floor(s / LIMB);
  const r1 = s - q * LIMB;
  s = q + x0 * m2 + x1 * m1 + x2 * m0;
  q = Math.floor(s / LIMB);
  const r2 = s - q * LIMB;
  s = q + x0 * m3 + x1 * m2 + x2 * m1 + x3 * m0;
  x3 = s - Math.floor(s / LIMB) * LIMB;
  x2 = r2;
  x1 = r1;
  x0 = r0;
}

/** x ^= x >> (40 + r), 0 ≤ r < 20: only the top two limbs reach the bottom two. */
function xorShift40(r: number): void {
  x0 ^= ((x2 >>> r) | (x3 << (20 - r))) & LOW20;
  x1 ^= x3 >>> r;
}

export class KrakenIdGenerator {
  private counter = 0;
  private readonly key: bigint;
  private readonly k0: number;
  private readonly k1: number;
  private readonly k2: number;
  private readonly k3: number;
  private readonly prefixCode: number;

  /** `prefix` is the first character (O for orders, T for trades); `stream` separates generators of one seed. */
  constructor(
    private readonly prefix: string,
    seed: number,
    stream: number,
  ) {
    this.key = spread(seed, stream);
    [this.k0, this.k1, this.k2, this.k3] = limbsOf(this.key);
    this.prefixCode = prefix.charCodeAt(0);
  }

  next(): string {
    const n = this.counter++;
    // (counter + key) mod 2^80; the counter stays far below 2^53, so it splits into limbs exactly.
    const high = Math.floor(n / LIMB);
    const c0 = n - high * LIMB;
    const c2 = Math.floor(high / LIMB);
    const c1 = high - c2 * LIMB;
    // Limb sums stay below 2^21 (and c2 below 2^13): carries are 0 or 1.
    let s = this.k0 + c0;
    x0 = s & LOW20;
    s = (s >>> 20) + this.k1 + c1;
    x1 = s & LOW20;
    s = (s >>> 20) + this.k2 + c2;
    x2 = s & LOW20;
    x3 = ((s >>> 20) + this.k3) & LOW20;
    mul(A0, A1, A2, A3);
    xorShift40(1);
    mul(B0, B1, B2, B3);
    xorShift40(3);
    mul(A0, A1, A2, A3);
    xorShift40(0);
    // Sixteen 5-bit digits, lowest first: four per limb.
    return String.fromCharCode(
      this.prefixCode,
      CODES[x0 & 31]!,
      CODES[(x0 >>> 5) & 31]!,
      CODES[(x0 >>> 10) & 31]!,
      CODES[x0 >>> 15]!,
      CODES[x1 & 31]!,
      DASH,
      CODES[(x1 >>> 5) & 31]!,
      CODES[(x1 >>> 10) & 31]!,
      CODES[x1 >>> 15]!,
      CODES[x2 & 31]!,
      CODES[(x2 >>> 5) & 31]!,
      DASH,
      CODES[(x2 >>> 10) & 31]!,
      CODES[x2 >>> 15]!,
      CODES[x3 & 31]!,
      CODES[(x3 >>> 5) & 31]!,
      CODES[(x3 >>> 10) & 31]!,
      CODES[x3 >>> 15]!,
    );
  }

  /** Uses up the next id without making it: a report nobody reads keeps later ids where they would have been. */
  skip(): void {
    this.counter++;
  }

  /** The id `next()` gave for counter value `n`, computed with BigInts (the definition the limbs are tested against). */
  referenceId(n: number): string {
    let x = (BigInt(n) + this.key) & MASK;
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
