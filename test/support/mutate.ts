/** A small deterministic PRNG (mulberry32) so every fuzz failure reproduces from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING = [0x01, 0x3d, 0x30, 0x39, 0x38, 0x31, 0x00, 0xff, 0x2e, 0x2d];

/** One random mutation of a FIX message: flip, insert, delete, truncate, duplicate a span, or splice in SOH/=/digits. */
export function mutate(msg: Buffer, random: () => number): Buffer {
  const pick = (n: number) => Math.floor(random() * n);
  const at = pick(msg.length);
  switch (pick(7)) {
    case 0: {
      const out = Buffer.from(msg);
      out[at] = pick(256);
      return out;
    }
    case 1: {
      const out = Buffer.from(msg);
      out[at] = INTERESTING[pick(INTERESTING.length)]!;
      return out;
    }
    case 2:
      return Buffer.concat([msg.subarray(0, at), Buffer.from([INTERESTING[pick(INTERESTING.length)]!]), msg.subarray(at)]);
    case 3:
      return Buffer.concat([msg.subarray(0, at), msg.subarray(Math.min(msg.length, at + 1 + pick(8)))]);
    case 4:
      return msg.subarray(0, at);
    case 5: {
      const len = 1 + pick(32);
      return Buffer.concat([msg.subarray(0, at), msg.subarray(at, at + len), msg.subarray(at)]);
    }
    default:
      return msg;
  }
}
