import { describe, expect, it } from 'vitest';
import { MdRig, entryText } from './md-harness.js';

function v(overrides: Record<number, string>, types = ['0', '1'], symbols = ['BTC/USD']): Array<[number, string]> {
  const head: Array<[number, string]> = [
    [262, overrides[262] ?? 'r'],
    [263, overrides[263] ?? '1'],
    [264, overrides[264] ?? '10'],
  ];
  if (overrides[265] !== undefined) head.push([265, overrides[265]]);
  if (overrides[266] !== undefined) head.push([266, overrides[266]]);
  return [
    ...head,
    [267, String(types.length)],
    ...types.map((t): [number, string] => [269, t]),
    [146, String(symbols.length)],
    ...symbols.map((s): [number, string] => [55, s]),
  ];
}

describe('MarketDataRequestReject and reference data', () => {
  it.each([
    ['an unknown symbol', v({}, ['0', '1'], ['BTC/USD', 'NOPE/USD']), '0', 'Unknown symbol NOPE/USD'],
    ['bids without offers', v({}, ['0']), '8', 'Bids and offers must be requested together'],
    ['an unknown entry type', v({}, ['0', '1', '7']), '8', 'Unsupported MDEntryType 7'],
    ['an unsupported depth', v({ 264: '5' }), '5', 'Unsupported depth 5'],
    ['a snapshot-only request', v({ 263: '0' }), '4', 'Unsupported 263=0'],
    ['a full-refresh update type', v({ 265: '0' }), '6', 'Unsupported 265=0'],
    ['an L3 request', v({ 266: 'N' }), 'B', 'L3 not available'],
  ])('refuses %s with Y and the matching 281', (_name, fields, reason, text) => {
    const rig = new MdRig();
    rig.request(fields);
    expect(rig.session.take()).toEqual([
      {
        msgType: 'Y',
        fields: [
          [262, 'r'],
          [281, reason],
          [58, text],
        ],
      },
    ]);
    rig.limit('1', '30000.0', '1');
    expect(rig.session.take()).toEqual([]);
  });

  it('refuses a second subscription under a live MDReqID and an unsubscribe of an unknown one', () => {
    const rig = new MdRig();
    rig.request(v({}));
    rig.request(v({}));
    rig.request(v({ 262: 'zz', 263: '2' }));
    expect(rig.session.take().map((m) => [m.msgType, m.fields])).toEqual([
      ['W', [[262, 'r'], [55, 'BTC/USD'], [268, '0']]],
      ['Y', [[262, 'r'], [281, '1'], [58, 'Duplicate MDReqID r']]],
      ['Y', [[262, 'zz'], [58, 'Unknown MDReqID zz']]],
    ]);
  });

  it('speaks plain FIX 4.4 in the standard dialect: no 278 in W, 55 in each X entry, no 2446 or 5041', () => {
    const rig = new MdRig('standard');
    rig.limit('1', '30000.0', '1');
    rig.subscribe('s', '0', ['0', '1', '2']);
    rig.limit('2', '30000.0', '0.4', 'BTC/USD', 'TAKER');
    const [w, x] = rig.session.take();
    expect(entryText(w!)).toEqual(['269=0|270=30000.0|271=1.00000000|273=03:04:05.678']);
    expect(x!.fields.slice(0, 2)).toEqual([
      [262, 's'],
      [268, '2'],
    ]);
    expect(entryText(x!)).toEqual([
      '279=0|269=2|55=BTC/USD|270=30000.0|271=0.40000000|273=03:04:05.678|40=2',
      '279=1|269=0|278=B30000.0|55=BTC/USD|270=30000.0|271=0.60000000',
    ]);
  });

  it('lists every pair with its Kraken rules on a SecurityListRequest for all instruments', () => {
    const rig = new MdRig();
    rig.engine.handle({ type: 'instrument-status', symbol: 'ETH/USD', status: 'post_only' });
    rig.message('x', [
      [320, 'q1'],
      [559, '4'],
    ]);
    const [y] = rig.session.take();
    expect(y!.msgType).toBe('y');
    expect(y!.fields.slice(0, 4)).toEqual([
      [320, 'q1'],
      [322, 'IL1'],
      [560, '0'],
      [146, String(rig.engine.instruments().length)],
    ]);
    const btc = y!.fields.slice(4, 14);
    expect(btc).toEqual([
      [55, 'BTC/USD'],
      [167, 'CASH'],
      [562, '0.00000001'],
      [5010, '8'],
      [5011, '0.00005'],
      [5012, '10000'],
      [5013, '0.5'],
      [2349, '1'],
      [5022, '0.1'],
      [5032, '1'],
    ]);
    const eth = y!.fields.findIndex(([t, val]) => t === 55 && val === 'ETH/USD');
    expect(y!.fields.slice(eth).find(([t]) => t === 5032)).toEqual([5032, '4']);
  });

  it('answers a request for one unknown pair with 560=2 and a standard list without Kraken tags', () => {
    const rig = new MdRig('standard');
    rig.message('x', [
      [320, 'q2'],
      [559, '0'],
      [55, 'NOPE/USD'],
    ]);
    rig.message('x', [
      [320, 'q3'],
      [559, '0'],
      [55, 'SOL/USD'],
    ]);
    const [none, sol] = rig.session.take();
    expect(none!.fields).toEqual([
      [320, 'q2'],
      [322, 'IL1'],
      [560, '2'],
      [58, 'No instrument found'],
    ]);
    expect(sol!.fields).toEqual([
      [320, 'q3'],
      [322, 'IL2'],
      [560, '0'],
      [146, '1'],
      [55, 'SOL/USD'],
      [167, 'CASH'],
      [562, '0.00000001'],
    ]);
  });

  it('answers TradingSessionStatusRequest with the session online and refuses other messages as unsupported', () => {
    const rig = new MdRig();
    rig.message('g', [
      [335, 't1'],
      [263, '0'],
    ]);
    expect(rig.session.take()).toEqual([
      {
        msgType: 'h',
        fields: [
          [335, 't1'],
          [336, 'SESSION'],
          [340, '2'],
        ],
      },
    ]);
    expect(rig.message('D', [[11, 'x']])).toBe('unsupported');
  });
});
