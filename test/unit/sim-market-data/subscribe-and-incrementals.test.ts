import { describe, expect, it } from 'vitest';
import { bookChecksum } from '../../../electron/sim/market-data/index.js';
import { MdRig, entries, entryText } from './md-harness.js';

function restingBook(rig: MdRig): void {
  rig.limit('1', '30299.9', '0.5');
  rig.limit('1', '30299.0', '1');
  rig.limit('2', '30300.0', '0.25');
  rig.limit('2', '30301.5', '2');
}

describe('MarketDataHub subscriptions', () => {
  it('answers a full-depth subscription with a snapshot of both sides, price-keyed', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('r1', '0', ['0', '1']);
    const [w] = rig.session.take();
    expect(w!.msgType).toBe('W');
    expect(w!.fields.slice(0, 3)).toEqual([
      [262, 'r1'],
      [55, 'BTC/USD'],
      [268, '4'],
    ]);
    expect(entryText(w!)).toEqual([
      '269=0|278=B30299.9|270=30299.9|271=0.50000000|273=03:04:05.678',
      '269=0|278=B30299.0|270=30299.0|271=1.00000000|273=03:04:05.678',
      '269=1|278=S30300.0|270=30300.0|271=0.25000000|273=03:04:05.678',
      '269=1|278=S30301.5|270=30301.5|271=2.00000000|273=03:04:05.678',
    ]);
  });

  it('sends new, changed and deleted levels as incrementals with the checksum of the book after them', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('r1', '0', ['0', '1']);
    rig.session.take();

    rig.limit('1', '30299.5', '0.1');
    const added = rig.limit('1', '30299.5', '0.2');
    rig.cancel(added);
    rig.cancel(rig.limit('2', '30305.0', '1'));
    const xs = rig.session.take();
    expect(xs.map((m) => m.msgType)).toEqual(['X', 'X', 'X', 'X', 'X']);
    expect(xs[0]!.fields.slice(0, 3)).toEqual([
      [262, 'r1'],
      [55, 'BTC/USD'],
      [268, '1'],
    ]);
    const withoutSum = xs.map((m) => entryText(m).map((e) => e.replace(/\|5041=\d+$/, '')));
    expect(withoutSum).toEqual([
      ['279=0|269=0|278=B30299.5|270=30299.5|271=0.10000000'],
      ['279=1|269=0|278=B30299.5|270=30299.5|271=0.30000000'],
      ['279=1|269=0|278=B30299.5|270=30299.5|271=0.10000000'],
      ['279=0|269=1|278=S30305.0|270=30305.0|271=1.00000000'],
      ['279=2|269=1|278=S30305.0|270=30305.0|271=0'],
    ]);
    const depth = rig.engine.depth('BTC/USD', 10)!;
    const last = entries(xs[4]!)[0]!;
    expect(Number(last.get(5041))).toBe(bookChecksum(depth.asks, depth.bids));
  });

  it('coalesces one sweep into one incremental with the trades first and every touched level', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('r1', '0', ['0', '1', '2']);
    rig.session.take();
    rig.limit('1', '30301.5', '1', 'BTC/USD', 'TAKER');
    const xs = rig.session.take();
    expect(xs).toHaveLength(1);
    const es = entryText(xs[0]!).map((e) => e.replace(/\|5041=\d+$/, ''));
    expect(es).toEqual([
      '279=0|269=2|270=30300.0|271=0.25000000|273=03:04:05.678|40=2|2446=1',
      '279=0|269=2|270=30301.5|271=0.75000000|273=03:04:05.678|40=2|2446=1',
      '279=2|269=1|278=S30300.0|270=30300.0|271=0',
      '279=1|269=1|278=S30301.5|270=30301.5|271=1.25000000',
    ]);
    const sums = entries(xs[0]!).map((e) => e.get(5041));
    expect(sums.slice(0, 2)).toEqual([undefined, undefined]);
    expect(sums[2]).toBe(sums[3]);
  });

  it('sends trades only to subscriptions that asked for them, and a book-less snapshot to a trades-only one', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('t', '0', ['2']);
    const [w] = rig.session.take();
    expect(w!.fields).toEqual([
      [262, 't'],
      [55, 'BTC/USD'],
      [268, '0'],
    ]);
    rig.limit('1', '30290.0', '1');
    expect(rig.session.take()).toEqual([]);
    rig.limit('2', '30299.9', '0.1', 'BTC/USD', 'TAKER');
    const xs = rig.session.take();
    expect(xs.map(entryText)).toEqual([['279=0|269=2|270=30299.9|271=0.10000000|273=03:04:05.678|40=2|2446=2']]);
  });

  it('keeps a depth-1 subscription to the best level: a delete brings the next level in as new, a better price pushes the old best out with its qty', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('top', '1', ['0', '1']);
    const [w] = rig.session.take();
    expect(entries(w!).map((e) => e.get(278))).toEqual(['B30299.9', 'S30300.0']);

    rig.limit('1', '30290.0', '1');
    expect(rig.session.take()).toEqual([]);

    rig.limit('1', '30299.8', '1');
    expect(rig.session.take()).toEqual([]);
    rig.limit('2', '30299.9', '0.5', 'BTC/USD', 'TAKER');
    const [x] = rig.session.take();
    const es = entryText(x!).map((e) => e.replace(/\|5041=\d+$/, ''));
    expect(es).toEqual([
      '279=2|269=0|278=B30299.9|270=30299.9|271=0',
      '279=0|269=0|278=B30299.8|270=30299.8|271=1.00000000',
    ]);

    rig.limit('2', '30299.9', '0.1');
    const [y] = rig.session.take();
    expect(entryText(y!).map((e) => e.replace(/\|5041=\d+$/, ''))).toEqual([
      '279=2|269=1|278=S30300.0|270=30300.0|271=0.25000000',
      '279=0|269=1|278=S30299.9|270=30299.9|271=0.10000000',
    ]);
  });

  it('stops sending after an unsubscribe by MDReqID and after the session logs out', () => {
    const rig = new MdRig();
    restingBook(rig);
    rig.subscribe('a', '10', ['0', '1']);
    rig.subscribe('b', '10', ['0', '1']);
    rig.session.take();
    rig.request([
      [262, 'a'],
      [263, '2'],
      [264, '0'],
      [267, '2'],
      [269, '0'],
      [269, '1'],
      [146, '1'],
      [55, 'BTC/USD'],
    ]);
    rig.limit('1', '30290.0', '1');
    expect(rig.session.take().map((m) => m.fields[0])).toEqual([[262, 'b']]);
    rig.app.onLogout?.(rig.session, 'test');
    rig.limit('1', '30291.0', '1');
    expect(rig.session.take()).toEqual([]);
  });
});
