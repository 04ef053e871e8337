import { describe, expect, it } from 'vitest';
import { readSecurityList, wireDepth } from '../../../electron/marketdata/index.js';
import { MdLoop, bodyFields, encode } from './md-loop.js';

function v(id: string, type: string, depth: string, symbol: string): Array<[number, string]> {
  return [
    [262, id],
    [263, type],
    [264, depth],
    [265, '1'],
    [266, 'Y'],
    [267, '3'],
    [269, '0'],
    [269, '1'],
    [269, '2'],
    [146, '1'],
    [55, symbol],
  ];
}

describe('MarketDataClient requests', () => {
  it('subscribes with a MarketDataRequest for L2 bids, offers and trades, incremental, at a depth Kraken accepts', () => {
    const loop = new MdLoop();
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD' });
    loop.client.subscribe({ symbol: 'ETH/USD', depth: 3 });
    loop.client.subscribe({ symbol: 'SOL/USD', depth: 60 });
    const ids = ['BTC/USD', 'ETH/USD', 'SOL/USD'].map((s) => loop.client.market(s)!.mdReqId);
    expect(new Set(ids).size).toBe(3);
    const vs = loop.sent.filter((m) => m.msgType === 'V').map(bodyFields);
    expect(vs).toEqual([
      v(ids[0]!, '1', '25', 'BTC/USD'),
      v(ids[1]!, '1', '10', 'ETH/USD'),
      v(ids[2]!, '1', '100', 'SOL/USD'),
    ]);
    loop.pump();
    // The simulator accepted all three (no 35=Y).
    expect(loop.received.filter((m) => m.msgType === 'W')).toHaveLength(3);
    expect([1, 10, 11, 25, 26, 100].map(wireDepth)).toEqual([10, 10, 25, 25, 100, 100]);
  });

  it('unsubscribes under the subscription’s MDReqID, and resubscribes once when the depth needs a wider window', () => {
    const loop = new MdLoop();
    loop.logon();
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 10 });
    const first = loop.client.market('BTC/USD')!.mdReqId;
    const mark = loop.sent.length;
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 8 });
    expect(loop.sent.length).toBe(mark);
    loop.client.subscribe({ symbol: 'BTC/USD', depth: 20 });
    const second = loop.client.market('BTC/USD')!.mdReqId;
    loop.client.unsubscribe('BTC/USD');
    expect(loop.sent.slice(mark).map(bodyFields)).toEqual([
      v(first, '2', '10', 'BTC/USD'),
      v(second, '1', '25', 'BTC/USD'),
      v(second, '2', '25', 'BTC/USD'),
    ]);
    expect(loop.client.market('BTC/USD')).toBeUndefined();
  });

  it('asks for every instrument after each logon with a SecurityListRequest', () => {
    const loop = new MdLoop();
    loop.logon();
    const x = loop.sent.find((m) => m.msgType === 'x')!;
    expect(bodyFields(x)).toEqual([
      [320, bodyFields(x)[0]![1]],
      [559, '4'],
      [263, '0'],
    ]);
  });

  it('turns a MarketDataRequestReject into an error notice with the reason and drops the subscription', () => {
    const loop = new MdLoop();
    loop.logon();
    loop.client.subscribe({ symbol: 'NOPE/USD' });
    loop.pump();
    expect(loop.notices).toEqual([
      {
        level: 'error',
        text: 'Market data for NOPE/USD refused: unknown symbol (281=0): Unknown symbol NOPE/USD',
        time: loop.now,
        topic: 'book:NOPE/USD',
      },
    ]);
    expect(loop.client.market('NOPE/USD')).toBeUndefined();
    loop.drop();
    const mark = loop.sent.length;
    loop.logon();
    expect(loop.sent.slice(mark).filter((m) => m.msgType === 'V')).toEqual([]);
  });

  it('answers TradingSessionStatus quietly and anything else as unsupported', () => {
    const loop = new MdLoop();
    expect(loop.client.onAppMessage(encode('h', (e) => e.str(336, 'SESSION').str(340, '2')))).toBeUndefined();
    expect(loop.client.onAppMessage(encode('8', (e) => e.str(11, 'x')))).toBe('unsupported');
  });
});

describe('SecurityList parsing', () => {
  it('reads the simulator’s Kraken InstrumentList into InstrumentInfo with every rule', () => {
    const loop = new MdLoop();
    loop.engine.handle({ type: 'instrument-status', symbol: 'ETH/USD', status: 'post_only' });
    loop.logon();
    expect(loop.lists).toHaveLength(1);
    const { list, incomplete } = loop.lists[0]!;
    expect(incomplete).toEqual([]);
    expect(list.map((i) => i.symbol)).toEqual(loop.engine.instruments().map((i) => i.symbol));
    expect(list.find((i) => i.symbol === 'BTC/USD')).toEqual({
      symbol: 'BTC/USD',
      base: 'BTC',
      quote: 'USD',
      tickSize: '0.1',
      lotSize: '0.00000001',
      qtyMin: '0.00005',
      qtyMax: '10000',
      costMin: '0.5',
      priceDecimals: 1,
      qtyDecimals: 8,
      status: 'online',
    });
    expect(list.find((i) => i.symbol === 'ETH/USD')!.status).toBe('post_only');
    expect(loop.client.instruments()).toEqual(list);
  });

  it('reports the entries of a plain FIX 4.4 list as incomplete instead of inventing tick sizes, keeping the profile’s rules', () => {
    const loop = new MdLoop('standard');
    const profile = {
      symbol: 'BTC/USD',
      base: 'BTC',
      quote: 'USD',
      tickSize: '0.1',
      lotSize: '0.0001',
      qtyMin: '0.0001',
      qtyMax: '100',
      costMin: '0',
      priceDecimals: 1,
      qtyDecimals: 4,
      status: 'online',
    };
    loop.client.setInstruments([profile]);
    loop.logon();
    expect(loop.client.instruments()).toEqual([profile]);
    expect(loop.lists[0]!.list).toEqual([]);
    expect(loop.lists[0]!.incomplete).toEqual(loop.engine.instruments().map((i) => i.symbol));
  });

  it('joins the fragments of one list before handing it over, and reports a refused list as a warning', () => {
    const loop = new MdLoop();
    const page = (last: string, symbol: string) =>
      encode('y', (e) =>
        e
          .str(320, 'q')
          .str(322, 'r')
          .str(560, '0')
          .str(893, last)
          .int(146, 1)
          .str(55, symbol)
          .int(5010, 2)
          .str(5011, '1')
          .str(5012, '100')
          .int(2349, 3)
          .str(5022, '0.005')
          .int(5032, 3),
      );
    loop.client.onAppMessage(page('N', 'AAA/EUR'));
    expect(loop.lists).toEqual([]);
    loop.client.onAppMessage(page('Y', 'BBB-EUR'));
    expect(
      loop.lists[0]!.list.map((i) => [i.symbol, i.base, i.quote, i.tickSize, i.lotSize, i.costMin, i.status]),
    ).toEqual([
      ['AAA/EUR', 'AAA', 'EUR', '0.005', '0.01', '0', 'cancel_only'],
      ['BBB-EUR', 'BBB', 'EUR', '0.005', '0.01', '0', 'cancel_only'],
    ]);
    loop.client.onAppMessage(encode('y', (e) => e.str(320, 'q2').str(322, 'r2').str(560, '4').str(58, 'busy')));
    expect(loop.notices.map((n) => [n.level, n.text])).toEqual([['warning', 'Instrument list refused (560=4): busy']]);
    expect(readSecurityList(encode('y', (e) => e.str(320, 'q3').str(560, '2'))).instruments).toEqual([]);
  });
});
