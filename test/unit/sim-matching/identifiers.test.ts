import { describe, expect, it } from 'vitest';
import { KrakenIdGenerator } from '../../../electron/sim/matching/id-generator.js';
import { Harness, alice, bob } from './support/harness.js';

const SHAPE = /^[A-Z][A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}$/;

describe('Kraken-shaped identifiers', () => {
  it('look like Kraken OrderIDs and never repeat', () => {
    const ids = new KrakenIdGenerator('O', 42, 1);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = ids.next();
      expect(id).toMatch(SHAPE);
      expect(id.startsWith('O')).toBe(true);
      seen.add(id);
    }
    expect(seen.size).toBe(20_000);
  });

  it('repeat exactly for the same seed and differ for another', () => {
    const a = new KrakenIdGenerator('O', 42, 1);
    const b = new KrakenIdGenerator('O', 42, 1);
    const c = new KrakenIdGenerator('O', 43, 1);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect(c.next()).not.toBe(first[0]);
  });

  it('give two engines with the same seed and commands the same OrderIDs, ExecIDs and trade ids', () => {
    const run = () => {
      const h = new Harness({ seed: 99 });
      h.limit(alice, 'sell', '1', '50000.0');
      h.limit(bob, 'buy', '1', '50000.0');
      return h.events.map((e) => (e.kind === 'trade' ? `${e.execId} ${e.order.orderId} ${e.tradeId}` : e.kind));
    };
    expect(run()).toEqual(run());
  });
});
