import { describe, expect, it } from 'vitest';
import { FixFramer, FixParser } from '../../../electron/fix/codec/index.js';
import { generateCorpus } from '../../support/bench-corpus.js';
import { mutate, rng } from '../../support/mutate.js';

// Mutated traffic must never make the framer or parser throw, hang or accept a message whose CheckSum is wrong.
// FUZZ_ITERATIONS raises the count for long local runs.
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 1_000_000);

describe('framer and parser under mutated input', () => {
  const corpus = generateCorpus(2_000);
  const messages: Buffer[] = [];
  new FixFramer({ onFrame: (b, s, e) => messages.push(Buffer.from(b.subarray(s, e))), onGarbled: () => {} }).push(corpus);

  it(`survives ${ITERATIONS.toLocaleString('en')} mutated messages without a throw, a hang or a false accept`, () => {
    const random = rng(20261124);
    const parser = new FixParser();
    let accepted = 0;
    let garbled = 0;
    let falseAccepts = 0;
    const framer = new FixFramer(
      {
        onFrame(buf, start, end) {
          const m = parser.parse(buf, start, end);
          if (m === null) return;
          accepted++;
          let sum = 0;
          const trailer = m.valueStarts[m.fieldCount - 1]! - 3;
          for (let i = start; i < trailer; i++) sum += buf[i]!;
          if ((sum & 255) !== m.intAt(m.fieldCount - 1)) falseAccepts++;
        },
        onGarbled: () => garbled++,
      },
      { maxMessageBytes: 64 * 1024 },
    );
    for (let i = 0; i < ITERATIONS; i++) {
      const msg = mutate(messages[i % messages.length]!, random);
      const m = parser.parse(msg, 0, msg.length);
      if (m !== null) m.getString(11);
      if ((i & 7) === 0) framer.push(msg);
    }
    expect(falseAccepts).toBe(0);
    expect(accepted + garbled).toBeGreaterThan(0);
    expect(framer.buffered).toBeLessThan(64 * 1024 + 64);
  });
});
