import { describe, expect, it } from 'vitest';
import { bidShare, depthCurve, MAX_POINTS } from '../../../renderer/src/features/depth/depth-curve.js';
import { dec, text, type Dec } from '../../../shared/domain/decimal.js';
import { book } from './ticket-fixtures.js';

const show = (d: Dec | null): string | null => (d === null ? null : text(d));

// Tick 0.5. Bids 100 (1), 99.5 (2), 98 (3); asks 101 (1.5), 102.5 (0.5). Mid 100.5, spread 1.
const frame = book(
  [
    ['100', '1'],
    ['99.5', '2'],
    ['98', '3'],
  ],
  [
    ['101', '1.5'],
    ['102.5', '0.5'],
  ],
);

describe('the depth curve', () => {
  it('samples both sides on one grid of whole ticks, symmetric about the mid, at least ten ticks each way', () => {
    const c = depthCurve(frame, dec('0.5'));
    expect(c.points.map((p) => text(p.price))).toEqual(
      Array.from({ length: 21 }, (_, i) => text(dec(String(95.5 + i * 0.5)))),
    );
    expect(c.points.map((p) => p.x)).toEqual(c.points.map((p) => Number(text(p.price))));
    expect(show(c.step)).toBe('0.5');
    expect(show(c.mid)).toBe('100.5');
    expect(show(c.spread)).toBe('1');
    // The mid lands on the middle point, between the best bid and the best ask.
    expect(c.midIndex).toBe(10);
    expect(text(c.points[10]!.price)).toBe('100.5');
  });

  it('accumulates bids downward from the best bid and asks upward from the best ask, nothing inside the spread', () => {
    const c = depthCurve(frame, dec('0.5'));
    const at = (price: string) => c.points.find((p) => text(p.price) === price)!;
    expect([show(at('100').bid), show(at('99.5').bid), show(at('99').bid), show(at('98').bid)]).toEqual([
      '1',
      '3',
      '3',
      '6',
    ]);
    expect(show(at('95.5').bid)).toBe('6');
    expect([show(at('100.5').bid), show(at('100.5').ask)]).toEqual([null, null]);
    expect([show(at('101').ask), show(at('102').ask), show(at('102.5').ask), show(at('105.5').ask)]).toEqual([
      '1.5',
      '1.5',
      '2',
      '2',
    ]);
    expect(at('100').ask).toBeNull();
    expect(at('101').bid).toBeNull();
    expect([show(c.bidTotal), show(c.askTotal)]).toEqual(['6', '2']);
    expect(show(bidShare(c))).toBe('75');
  });

  it('coarsens the grid to a whole number of ticks so a deep book stays within the point budget, evenly spaced', () => {
    const c = depthCurve(frame, dec('0.5'), 10);
    expect(show(c.step)).toBe('1');
    expect(c.points.length).toBeLessThanOrEqual(12);
    const xs = c.points.map((p) => Number(text(p.price)));
    expect(xs.slice(1).map((x, i) => x - xs[i]!)).toEqual(new Array(xs.length - 1).fill(1));
    expect(xs[0]).toBeLessThanOrEqual(98);
    expect(xs.at(-1)).toBeGreaterThanOrEqual(102.5);
    // Wide book (bids down to 1) against the default budget.
    const wide = book(
      Array.from({ length: 200 }, (_, i) => [String(100 - i * 0.5), '1'] as const),
      [['100.5', '1']],
    );
    const w = depthCurve(wide, dec('0.5'));
    expect(w.points.length).toBeLessThanOrEqual(MAX_POINTS + 2);
    expect(show(w.bidTotal)).toBe('200');
    expect(show(w.points[0]!.bid)).toBe('200');
  });

  it('centres a one-sided book on its best price with no mid, spread or share of the other side', () => {
    const asksOnly = depthCurve(book([], [['10', '2']]), dec('0.1'));
    expect(asksOnly.mid).toBeNull();
    expect(asksOnly.spread).toBeNull();
    expect(asksOnly.midIndex).toBeNull();
    expect(asksOnly.points.every((p) => p.bid === null)).toBe(true);
    const first = asksOnly.points[0]!;
    const last = asksOnly.points.at(-1)!;
    expect([text(first.price), text(last.price)]).toEqual(['9', '11']);
    expect(show(bidShare(asksOnly))).toBe('0');
  });

  it('draws nothing for no book, an empty book or a tick size that is not positive', () => {
    expect(depthCurve(undefined, dec('0.5')).points).toEqual([]);
    expect(depthCurve(book([], []), dec('0.5')).points).toEqual([]);
    expect(depthCurve(frame, dec('0')).points).toEqual([]);
    expect(bidShare(depthCurve(undefined, dec('0.5')))).toBeNull();
  });
});
