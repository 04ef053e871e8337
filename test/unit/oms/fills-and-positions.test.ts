// Fill rows (fee and liquidity from Kraken's 136/137/138 and 851, or a FIX 4.4 venue's 12/13/479) and positions
// with exact decimals: average cost, realised P&L with fees on reductions and flips, unrealised against a mark.
import { describe, expect, it } from 'vitest';
import type { Side } from '../../../shared/domain/orders.js';
import { accepted, Harness, raw, SESSION, snap, T0, trade } from './harness.js';

let oid = 0;

/** Places an order and has the venue fill all of it at once, as the simulator reports a taker fill. */
function fill(h: Harness, side: Side, qty: string, px: string, fee = '0', feeCurrency = 'USD'): void {
  const v = side === 'buy' ? h.buy({ qty, price: px }) : h.sell({ qty, price: px });
  const o = snap({
    orderId: `O${++oid}`,
    clOrdId: v.clOrdId,
    side: side === 'buy' ? '1' : '2',
    orderQty: qty,
    price: px,
  });
  h.report(
    trade(
      { ...o, ordStatus: '2', cumQty: qty, leavesQty: '0', avgPx: px },
      { lastQty: qty, lastPx: px, fee, feeCurrency },
    ),
  );
}

describe('fills', () => {
  it('records one fill per ExecID with Kraken’s fee (136/137/138), liquidity (851) and TransactTime', () => {
    const h = new Harness();
    const v = h.buy({ qty: '0.5' });
    const o = snap({ orderId: 'OF1', clOrdId: v.clOrdId, orderQty: '0.5' });
    h.report(accepted(o));
    h.report(
      trade(
        { ...o, ordStatus: '2', cumQty: '0.5', leavesQty: '0', avgPx: '50000.0' },
        {
          lastQty: '0.50000000',
          lastPx: '50000.0',
          fee: '62.50000',
          feeCurrency: 'USD',
          liquidity: 'maker',
          execId: 'EF1',
        },
      ),
    );
    const delta = h.deltas.at(-1)!;
    expect(delta.fills).toEqual([
      {
        execId: 'EF1',
        orderKey: v.orderKey,
        sessionId: SESSION,
        symbol: 'BTC/USD',
        side: 'buy',
        qty: '0.5',
        price: '50000',
        fee: '62.5',
        feeCurrency: 'USD',
        liquidity: 'maker',
        time: T0 + 1000,
      },
    ]);
    expect(delta.positions).toEqual([h.oms.position('BTC/USD')]);
    expect(delta.orders.map((x) => x.status)).toEqual(['filled']);
  });

  it('reads a FIX 4.4 venue’s Commission by CommType: absolute, per unit and percent, in 479 or the quote', () => {
    const h = new Harness();
    const commissions: Array<Array<[number, string]>> = [
      [
        [12, '2.5'],
        [13, '3'],
        [479, 'EUR'],
      ],
      [
        [12, '0.5'],
        [13, '1'],
      ],
      [
        [12, '0.1'],
        [13, '2'],
      ],
      [],
    ];
    commissions.forEach((c, i) => {
      const v = h.buy({ qty: '2', price: '100' });
      const er = raw('8', [
        [37, `OC${i}`],
        [11, v.clOrdId],
        [17, `EC${i}`],
        [150, 'F'],
        [39, '2'],
        [55, 'BTC/USD'],
        [54, '1'],
        [38, '2'],
        [32, '2'],
        [31, '100'],
        [14, '2'],
        [151, '0'],
        [6, '100'],
        [60, '20260105-09:31:00.250'],
        ...c,
      ]);
      h.oms.onExecutionReport(SESSION, er, false);
    });
    expect(h.oms.snapshot().fills.map((f) => [f.fee, f.feeCurrency, f.liquidity, f.time])).toEqual([
      ['2.5', 'EUR', 'unknown', T0 + 60_250],
      ['1', 'USD', 'unknown', T0 + 60_250],
      ['0.2', 'USD', 'unknown', T0 + 60_250],
      ['0', 'USD', 'unknown', T0 + 60_250],
    ]);
    // Fees in USD count against P&L; the EUR commission cannot be converted and is left out of it.
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '8', fees: '1.2', realisedPnl: '-1.2' });
  });

  it('converts a fee charged in the base currency to the quote at the fill price for P&L', () => {
    const h = new Harness();
    fill(h, 'buy', '1', '50000', '0.0001', 'BTC');
    expect(h.oms.snapshot().fills[0]).toMatchObject({ fee: '0.0001', feeCurrency: 'BTC' });
    expect(h.oms.position('BTC/USD')).toMatchObject({ fees: '5', realisedPnl: '-5' });
  });
});

describe('positions', () => {
  it('goes long, flat and short with average cost and realised P&L net of fees, exactly', () => {
    const h = new Harness();
    fill(h, 'buy', '1', '100', '0.25');
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '1', avgCost: '100', realisedPnl: '-0.25', fees: '0.25' });
    fill(h, 'buy', '1', '110', '0.44');
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '2', avgCost: '105', realisedPnl: '-0.69' });
    fill(h, 'sell', '0.5', '120', '0.24');
    // +0.5 × (120 − 105) − 0.24
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '1.5', avgCost: '105', realisedPnl: '6.57', fees: '0.93' });
    fill(h, 'sell', '1.5', '100', '0.6');
    // +1.5 × (100 − 105) − 0.6
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '0', avgCost: null, realisedPnl: '-1.53', fees: '1.53' });
    fill(h, 'sell', '1', '90');
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '-1', avgCost: '90', realisedPnl: '-1.53' });
  });

  it('realises the closed part of a flip and opens the rest at the fill price', () => {
    const h = new Harness();
    fill(h, 'sell', '1', '90');
    fill(h, 'buy', '2.5', '80', '0.1');
    // Short 1 bought back 10 lower: +10, minus the fee; then long 1.5 at 80.
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '1.5', avgCost: '80', realisedPnl: '9.9' });
    fill(h, 'sell', '3', '70');
    // Long 1.5 sold 10 lower: −15; then short 1.5 at 70.
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '-1.5', avgCost: '70', realisedPnl: '-5.1' });
  });

  it('keeps the books exact when the average does not divide: realised adds up to proceeds minus cost', () => {
    const h = new Harness();
    fill(h, 'buy', '1', '100');
    fill(h, 'buy', '2', '101');
    expect(h.oms.position('BTC/USD')!.avgCost).toBe('100.666666667');
    fill(h, 'sell', '1', '110');
    expect(h.oms.position('BTC/USD')!.realisedPnl).toBe('9.333333333333333333');
    fill(h, 'sell', '2', '110');
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '0', realisedPnl: '28', avgCost: null });
  });

  it('marks open positions to the latest price, long and short, and sends a delta only when it changes', () => {
    const h = new Harness();
    h.oms.mark('BTC/USD', '99');
    fill(h, 'buy', '2', '100');
    expect(h.oms.position('BTC/USD')).toMatchObject({ markPrice: '99', unrealisedPnl: '-2' });
    const before = h.deltas.length;
    h.oms.mark('BTC/USD', '103.5');
    expect(h.deltas.slice(before).map((d) => d.positions[0]!.unrealisedPnl)).toEqual(['7']);
    h.oms.mark('BTC/USD', '103.50');
    h.oms.mark('ETH/USD', '3000');
    expect(h.deltas).toHaveLength(before + 1);
    fill(h, 'sell', '3', '104');
    h.oms.mark('BTC/USD', '110');
    // Short 1 at 104 marked at 110.
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '-1', unrealisedPnl: '-6', realisedPnl: '8' });
    fill(h, 'buy', '1', '100');
    expect(h.oms.position('BTC/USD')).toMatchObject({ qty: '0', unrealisedPnl: '0', realisedPnl: '12' });
  });

  it('has no unrealised P&L without a mark', () => {
    const h = new Harness();
    fill(h, 'buy', '1', '100');
    expect(h.oms.position('BTC/USD')).toMatchObject({ unrealisedPnl: null, markPrice: null });
    expect(h.oms.position('ETH/USD')).toBeUndefined();
  });
});
