// ExecutionReports the simulator's trading gateway sends for each engine event kind (spec §1.7, matching README).
import { describe, expect, it } from 'vitest';
import { FixParser } from '../../../electron/fix/codec/index.js';
import { frame } from '../../support/fix-text.js';
import { limit, setup } from './harness.js';

describe('trading gateway execution reports', () => {
  it('acknowledges a resting limit order with 150=0 and the full order state', () => {
    const { client } = setup();
    const [er, ...rest] = client('ALICE').request(limit('1001', '1', '0.5', '60000.0'));
    expect(rest).toHaveLength(0);
    expect(er!.msgType).toBe('8');
    expect(er!.get(11)).toBe('1001');
    expect(er!.get(37)).toMatch(/^O[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{6}$/);
    expect(er!.get(17)).toMatch(/^E/);
    expect([er!.get(150), er!.get(39)]).toEqual(['0', '0']);
    expect([er!.get(55), er!.get(54), er!.get(40), er!.get(59)]).toEqual(['BTC/USD', '1', '2', '1']);
    expect([er!.get(38), er!.get(44)]).toEqual(['0.50000000', '60000.0']);
    expect([er!.get(14), er!.get(151), er!.get(6)]).toEqual(['0.00000000', '0.50000000', '0.0']);
    expect(er!.get(60)).toBe('20261124-12:00:00.000');
    expect(er!.get(32)).toBeUndefined();
    expect(er!.get(851)).toBeUndefined();
  });

  it('reports both sides of a trade with 32/31, the trade sequence, fees and liquidity, to each owner', () => {
    const { client } = setup();
    const alice = client('ALICE');
    const bob = client('BOB');
    alice.request(limit('1', '2', '0.3', '60000.0'));
    alice.request(limit('2', '2', '0.3', '60001.0'));
    const bobs = bob.request(limit('9', '1', '0.4', '60001.0'));
    const fills = bobs.filter((m) => m.get(150) === 'F');
    expect(fills.map((m) => [m.get(32), m.get(31), m.get(527), m.get(851), m.get(39)])).toEqual([
      ['0.30000000', '60000.0', '1', '2', '1'],
      ['0.10000000', '60001.0', '2', '2', '2'],
    ]);
    const last = fills[1]!;
    expect([last.get(14), last.get(151)]).toEqual(['0.40000000', '0.00000000']);
    // (0.3 × 60000 + 0.1 × 60001) / 0.4 = 60000.25
    expect(last.get(6)).toBe('60000.25');
    // Taker 40 bps of 6000.1 USD = 24.0004
    expect([last.get(136), last.get(137), last.get(138)]).toEqual(['1', '24.00040', 'USD']);
    const makerFill = alice.sent.find((m) => m.get(150) === 'F' && m.get(11) === '1')!;
    expect([makerFill.get(851), makerFill.get(137), makerFill.get(527)]).toEqual(['1', '45.00000', '1']);
    expect(makerFill.get(39)).toBe('2');
  });

  it('replaces with 150=5, the new ClOrdID in 11 and the previous one in 41, keeping the OrderID', () => {
    const { client } = setup();
    const alice = client('ALICE');
    const [ack] = alice.request(limit('10', '1', '1', '50000.0'));
    const [rep] = alice.request(
      `35=G|11=11|41=10|37=${ack!.get(37)}|55=BTC/USD|54=1|38=0.8|40=2|44=50010.0|60=20261124-12:00:00.000`,
    );
    expect([rep!.get(150), rep!.get(39), rep!.get(11), rep!.get(41), rep!.get(37)]).toEqual([
      '5',
      '5',
      '11',
      '10',
      ack!.get(37),
    ]);
    expect([rep!.get(38), rep!.get(44), rep!.get(151)]).toEqual(['0.80000000', '50010.0', '0.80000000']);
  });

  it('cancels with 150=4 carrying the cancel request id in 11, the order id in 41 and a text', () => {
    const { client } = setup();
    const alice = client('ALICE');
    alice.request(limit('20', '2', '1', '70000.0'));
    const [cxl] = alice.request('35=F|11=21|41=20|55=BTC/USD|54=2|60=20261124-12:00:00.000');
    expect([cxl!.get(150), cxl!.get(39), cxl!.get(11), cxl!.get(41), cxl!.get(151)]).toEqual([
      '4',
      '4',
      '21',
      '20',
      '0.00000000',
    ]);
    expect(cxl!.get(58)).toBeTruthy();
  });

  it('answers 35=H with 150=I and the current state', () => {
    const { client } = setup();
    const alice = client('ALICE');
    const [ack] = alice.request(limit('30', '1', '1', '50000.0'));
    const [st] = alice.request(`35=H|11=30|37=${ack!.get(37)}|55=BTC/USD|54=1`);
    expect([st!.get(150), st!.get(39), st!.get(37)]).toEqual(['I', '0', ack!.get(37)]);
  });

  it('mass-cancels the session with one 150=4 per order, each with the q ClOrdID', () => {
    const { client } = setup();
    const alice = client('ALICE');
    alice.request(limit('40', '1', '1', '50000.0'));
    alice.request(limit('41', '1', '1', '50001.0'));
    const out = alice.request('35=q|11=42|530=6|60=20261124-12:00:00.000');
    expect(out.map((m) => [m.get(150), m.get(11), m.get(41)])).toEqual([
      ['4', '42', '40'],
      ['4', '42', '41'],
    ]);
  });

  it('cancels a session’s orders when its connection drops, but not after an orderly Logout or with 8674=1', () => {
    const { client, engine, gateway } = setup();
    const alice = client('ALICE');
    alice.request(limit('50', '1', '1', '50000.0'));
    alice.app.onLogout?.(alice.handle, 'transport closed: ECONNRESET');
    expect(engine.depth('BTC/USD', 5)!.bids).toHaveLength(0);

    const bob = client('BOB');
    bob.request(limit('60', '1', '1', '50000.0'));
    bob.app.onLogout?.(bob.handle, 'peer Logout answered');
    expect(engine.depth('BTC/USD', 5)!.bids).toHaveLength(1);

    const logon = frame('35=A|49=CAROL|56=KRAKEN-TRD|34=1|52=20261124-12:00:00.000|98=0|108=30|8674=1');
    expect(gateway.logonHook.verifyLogon!(new FixParser().parse(logon, 0, logon.length)!)).toBeNull();
    const carol = client('CAROL');
    carol.request(limit('61', '1', '1', '49000.0'));
    carol.app.onLogout?.(carol.handle, 'transport closed: ECONNRESET');
    expect(engine.depth('BTC/USD', 5)!.bids).toHaveLength(2);
  });

  it('drops, with a log line, a report for a session that has gone', () => {
    const { client, logs } = setup();
    const alice = client('ALICE');
    alice.request(limit('70', '2', '1', '50000.0'));
    alice.app.onLogout?.(alice.handle, 'peer Logout answered');
    const sentBefore = alice.sent.length;
    client('BOB').request(limit('71', '1', '1', '50000.0'));
    expect(alice.sent.length).toBe(sentBefore);
    expect(logs.some((l) => /ALICE#1 is gone: trade report for ClOrdID 70 dropped/.test(l))).toBe(true);
  });
});
