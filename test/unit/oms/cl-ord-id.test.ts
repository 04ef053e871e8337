// ClOrdID generation by Kraken's rules (spec §1.6): numeric ids of at most 18 digits that only ever increase, and
// COMB v4 UUIDs whose first 48 bits are the time in 10-µs units, both from an injectable clock.
import { describe, expect, it } from 'vitest';
import { ClOrdIdSource, uuidTimeMs } from '../../../electron/oms/index.js';

/** The simulator's check in the kraken dialect (electron/sim/trading/parse-request.ts). */
const KRAKEN_CL_ORD_ID = /^(?:[1-9][0-9]{0,17}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$/i;
const T = Date.UTC(2026, 0, 5, 9, 30, 0);

function numeric(clock: { now: number }): ClOrdIdSource {
  return new ClOrdIdSource({ style: 'numeric', now: () => clock.now });
}

function increasing(ids: readonly string[]): boolean {
  return ids.every((id, i) => i === 0 || BigInt(id) > BigInt(ids[i - 1]!));
}

describe('numeric ClOrdIDs', () => {
  it('are epoch milliseconds times a thousand plus a counter, within 18 digits and Kraken’s shape', () => {
    const clock = { now: T };
    const src = numeric(clock);
    const ids = [src.next(), src.next(), src.next()];
    expect(ids).toEqual([`${T}000`, `${T}001`, `${T}002`]);
    for (const id of ids) {
      expect(id.length).toBeLessThanOrEqual(18);
      expect(id).toMatch(KRAKEN_CL_ORD_ID);
    }
    clock.now = T + 5;
    expect(src.next()).toBe(`${T + 5}000`);
  });

  it('keep increasing when the clock steps back, and catch up with it without a repeat', () => {
    const clock = { now: T };
    const src = numeric(clock);
    const ids = [src.next(), src.next()];
    clock.now = T - 60_000; // NTP step back a minute
    ids.push(src.next(), src.next());
    expect(ids.slice(2)).toEqual([`${T}002`, `${T}003`]);
    clock.now = T + 1;
    ids.push(src.next());
    expect(ids.at(-1)).toBe(`${T + 1}000`);
    expect(increasing(ids)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stay unique and increasing through a burst of more than a thousand ids in one millisecond', () => {
    const src = numeric({ now: T });
    const ids = Array.from({ length: 2500 }, () => src.next());
    expect(increasing(ids)).toBe(true);
    expect(ids.at(-1)).toBe(`${T + 2}499`);
  });

  it('continue above the last id of a previous run after a restart, without any stored state', () => {
    const first = numeric({ now: T });
    const before = Array.from({ length: 10 }, () => first.next());
    const restarted = numeric({ now: T + 2_000 });
    expect(BigInt(restarted.next())).toBeGreaterThan(BigInt(before.at(-1)!));
  });
});

describe('UUID ClOrdIDs', () => {
  const bytes = (fill: number) => () => new Uint8Array(10).fill(fill);

  it('are version-4 UUIDs with the RFC variant whose first 48 bits carry the time in 10-µs units', () => {
    const src = new ClOrdIdSource({ style: 'uuid', now: () => T, random: bytes(0xff) });
    const id = src.next();
    expect(id).toMatch(KRAKEN_CL_ORD_ID);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4fff-bfff-ffffffffffff$/);
    expect(BigInt(`0x${id.slice(0, 8)}${id.slice(9, 13)}`)).toBe(BigInt(T) * 100n);
    expect(uuidTimeMs(id)).toBe(T);
  });

  it('order by their time prefix even when the clock steps back, with random bits that differ', () => {
    const clock = { now: T };
    let n = 0;
    const src = new ClOrdIdSource({ style: 'uuid', now: () => clock.now, random: () => new Uint8Array(10).fill(++n) });
    const a = src.next();
    clock.now = T - 1000;
    const b = src.next();
    const c = src.next();
    const prefix = (id: string): bigint => BigInt(`0x${id.slice(0, 8)}${id.slice(9, 13)}`);
    expect(prefix(b)).toBe(prefix(a) + 1n);
    expect(prefix(c)).toBe(prefix(a) + 2n);
    expect(new Set([a, b, c].map((id) => id.slice(14))).size).toBe(3);
  });
});
