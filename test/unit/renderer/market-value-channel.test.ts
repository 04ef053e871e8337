import { describe, expect, it } from 'vitest';
import { ValueChannel } from '../../../renderer/src/features/market/value-channel.js';

describe('value channel', () => {
  it('tells subscribers only when the value really changes (Object.is), until they unsubscribe', () => {
    const ch = new ValueChannel<number>(0);
    const seen: number[] = [];
    const off = ch.subscribe(() => seen.push(ch.get()));
    ch.set(0);
    ch.set(1);
    ch.set(1);
    ch.set(NaN);
    ch.set(NaN);
    ch.set(-0);
    ch.set(0);
    off();
    ch.set(2);
    expect(seen).toEqual([1, NaN, -0, 0]);
    expect(ch.get()).toBe(2);
  });
});
