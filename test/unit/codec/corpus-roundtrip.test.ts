import { describe, expect, it } from 'vitest';
import { FixEncoder, FixFramer, FixParser } from '../../../electron/fix/codec/index.js';
import { generateCorpus } from '../../support/bench-corpus.js';

describe('codec over the bench corpus', () => {
  const corpus = generateCorpus(20_000);

  it('frames, verifies and re-encodes every message byte for byte, whatever the chunking', () => {
    const parser = new FixParser();
    const encoder = new FixEncoder();
    let count = 0;
    let mismatches = 0;
    const framer = new FixFramer({
      onFrame(buf, start, end) {
        const m = parser.parse(buf, start, end);
        if (m === null) throw new Error(`corpus message rejected: ${parser.detail}`);
        encoder.begin(m.msgType);
        for (let i = 3; i < m.fieldCount - 1; i++) encoder.str(m.tagAt(i), m.stringAt(i));
        if (!encoder.finish().equals(buf.subarray(start, end))) mismatches++;
        count++;
      },
      onGarbled(reason) {
        throw new Error(`corpus stream garbled: ${reason}`);
      },
    });
    let seed = 7;
    for (let p = 0; p < corpus.length; ) {
      seed = (seed * 48271) % 2147483647;
      const n = 1 + (seed % 9000);
      framer.push(corpus.subarray(p, p + n));
      p += n;
    }
    expect(count).toBe(20_000);
    expect(mismatches).toBe(0);
    expect(framer.buffered).toBe(0);
  });
});
