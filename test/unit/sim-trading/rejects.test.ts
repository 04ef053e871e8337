// Refusals of the trading gateway: Kraken's 35=j with "<ClOrdID> : <text>", and plain FIX 4.4 answers in the
// standard dialect (ER 150=8 for D, OrderCancelReject 35=9 for F/G) without Kraken's custom tags.
import { describe, expect, it } from 'vitest';
import { limit, setup } from './harness.js';

describe('trading gateway rejects', () => {
  it('refuses a D without OrderQty with 35=j naming the field, 45 = its MsgSeqNum and 379 = its ClOrdID', () => {
    const { client } = setup();
    const alice = client('ALICE');
    alice.request(limit('1', '1', '1', '50000.0'));
    const [j] = alice.request('35=D|11=2|55=BTC/USD|54=1|40=2|44=50000.0|60=20261124-12:00:00.000');
    expect(j!.msgType).toBe('j');
    expect([j!.get(45), j!.get(372), j!.get(379), j!.get(380)]).toEqual(['2', 'D', '2', '5']);
    expect(j!.get(58)).toBe('2 : EGeneral:Invalid arguments:missing OrderQty (38)');
  });

  it('passes the engine’s Kraken text through 35=j for an unknown pair and an unknown order', () => {
    const { client } = setup();
    const alice = client('ALICE');
    const [j1] = alice.request(limit('5', '1', '1', '1.0').replace('BTC/USD', 'FOO/BAR'));
    expect([j1!.msgType, j1!.get(372), j1!.get(58)]).toEqual(['j', 'D', '5 : EQuery:Unknown asset pair']);
    expect(j1!.get(45)).toBe('1');
    const [j2] = alice.request('35=F|11=6|41=404|55=BTC/USD|54=1|60=20261124-12:00:00.000');
    expect([j2!.msgType, j2!.get(372), j2!.get(379), j2!.get(45)]).toEqual(['j', 'F', '6', '2']);
    expect(j2!.get(58)).toMatch(/^6 : EOrder:Unknown order/);
  });

  it('refuses a bad Side and a mass cancel by symbol without a symbol', () => {
    const { client } = setup();
    const alice = client('ALICE');
    const [j1] = alice.request(limit('7', '3', '1', '50000.0'));
    expect(j1!.get(58)).toBe('7 : EGeneral:Invalid arguments:side (54)');
    const [j2] = alice.request('35=q|11=8|530=1|60=20261124-12:00:00.000');
    expect(j2!.get(58)).toBe('8 : EGeneral:Invalid arguments:missing Symbol (55)');
  });

  it('answers a refused D with ExecutionReport 150=8/39=8 in the standard dialect', () => {
    const { client } = setup('standard');
    const [er] = client('QF').request(limit('9', '1', '1', '50000.05'));
    expect(er!.msgType).toBe('8');
    expect([er!.get(150), er!.get(39), er!.get(11), er!.get(37), er!.get(55), er!.get(54)]).toEqual([
      '8',
      '8',
      '9',
      'NONE',
      'BTC/USD',
      '1',
    ]);
    expect([er!.get(14), er!.get(151)]).toEqual(['0', '0']);
    expect(er!.get(58)).toMatch(/^EOrder:/);
    expect(er!.get(58)).not.toMatch(/^9 : /);
  });

  it('answers a refused F or G with OrderCancelReject 35=9 (434, 102, 39) in the standard dialect', () => {
    const { client } = setup('standard');
    const qf = client('QF');
    const [cxl] = qf.request('35=F|11=10|41=404|55=BTC/USD|54=1|60=20261124-12:00:00.000');
    expect(cxl!.msgType).toBe('9');
    expect([cxl!.get(11), cxl!.get(41), cxl!.get(39), cxl!.get(434), cxl!.get(102)]).toEqual([
      '10',
      '404',
      '8',
      '1',
      '1',
    ]);
    const [rep] = qf.request('35=G|11=11|41=404|55=BTC/USD|54=1|38=2|40=2|44=1.0|60=20261124-12:00:00.000');
    expect([rep!.msgType, rep!.get(434)]).toEqual(['9', '2']);
  });

  it('leaves Kraken’s ExecInst meaning (18=P) out of standard-dialect reports', () => {
    const kraken = setup()
      .client('A')
      .request(limit('12', '1', '1', '50000.0', '|18=P'));
    const standard = setup('standard')
      .client('A')
      .request(limit('12', '1', '1', '50000.0', '|18=P'));
    expect(kraken[0]!.get(18)).toBe('P');
    expect(standard[0]!.get(150)).toBe('0');
    expect(standard[0]!.get(18)).toBeUndefined();
  });

  it('refuses a ClOrdID of neither Kraken shape in the kraken dialect only', () => {
    const [j] = setup()
      .client('A')
      .request(limit('ORD-1', '1', '1', '50000.0'));
    expect([j!.msgType, j!.get(58)]).toEqual(['j', 'ORD-1 : EGeneral:Invalid arguments:cl_ord_id (11)']);
    const [uuid] = setup()
      .client('A')
      .request(limit('0190a1b2-c3d4-4e5f-8a6b-7c8d9e0f1a2b', '1', '1', '50000.0'));
    expect(uuid!.get(150)).toBe('0');
    const [std] = setup('standard')
      .client('A')
      .request(limit('ORD-1', '1', '1', '50000.0'));
    expect([std!.msgType, std!.get(150)]).toEqual(['8', '0']);
  });
});
