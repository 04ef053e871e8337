// Checks every order report against the FIX 4.4 order-state invariants (spec §4.1) as it arrives: LeavesQty =
// OrderQty − CumQty while working and 0 when terminal, CumQty non-decreasing and raised by exactly LastQty on a
// fill, AvgPx equal to the exact VWAP of the fills seen, nothing after a terminal state but status answers, ExecIDs
// unique. It also mirrors the market-data level stream so the test can compare it with the book at batch ends.

import { formatAvgPx } from '../../../../electron/sim/matching/decimal/avg-px.js';
import { parseScaled } from '../../../../electron/sim/matching/decimal/scaled.js';
import type { EngineEvent } from '../../../../electron/sim/matching/events.js';
import type { Instrument } from '../../../../electron/sim/matching/instruments.js';
import type { MarketDataEvent } from '../../../../electron/sim/matching/market-data-events.js';

interface Tracked {
  cumQty: bigint;
  notional: bigint;
  terminal: boolean;
  symbol: string;
}

const TERMINAL = new Set(['2', '4', 'C']);

export class EventAuditor {
  readonly violations: string[] = [];
  readonly orders = new Map<string, Tracked>();
  readonly open = new Map<string, { sessionId: string; clientId: string; symbol: string; clOrdId: string }>();
  readonly mirror = new Map<string, Map<string, string>>();
  readonly batchEnds: string[] = [];
  private readonly execIds = new Set<string>();
  private readonly lastTradeSeq = new Map<string, number>();

  constructor(private readonly instruments: Map<string, Instrument>) {}

  readonly kinds: string[] = [];

  onEvent = (e: EngineEvent): void => {
    this.kinds.push(
      e.kind === 'canceled' ? `canceled:${e.reason}` : e.kind === 'accepted' ? `accepted:${e.execType}` : e.kind,
    );
    if (e.kind === 'rejected' || e.kind === 'mass-cancel-done') return;
    const o = e.order;
    const inst = this.instruments.get(o.symbol)!;
    const q = (t: string) => parseScaled(t, inst.lotDecimals)!;
    const fail = (msg: string) => this.violations.push(`${e.kind} ${o.orderId}: ${msg}`);
    if (this.execIds.has(e.execId)) fail(`duplicate ExecID ${e.execId}`);
    this.execIds.add(e.execId);

    let t = this.orders.get(o.orderId);
    if (t === undefined) {
      t = { cumQty: 0n, notional: 0n, terminal: false, symbol: o.symbol };
      this.orders.set(o.orderId, t);
    }
    if (t.terminal && e.kind !== 'status') fail('report after a terminal state');
    const cum = q(o.cumQty);
    if (e.kind === 'trade') {
      const lastQty = q(e.lastQty);
      const lastPx = parseScaled(e.lastPx, inst.priceDecimals)!;
      if (lastQty <= 0n) fail('non-positive LastQty');
      if (cum !== t.cumQty + lastQty) fail(`CumQty ${cum} != ${t.cumQty} + ${lastQty}`);
      t.notional += lastQty * lastPx;
      const prev = this.lastTradeSeq.get(o.symbol) ?? 0;
      if (e.tradeSeq < prev) fail(`trade sequence went back ${prev} -> ${e.tradeSeq}`);
      this.lastTradeSeq.set(o.symbol, e.tradeSeq);
    } else if (cum !== t.cumQty) {
      fail(`CumQty changed without a fill ${t.cumQty} -> ${cum}`);
    }
    t.cumQty = cum;
    const expectedAvg = formatAvgPx(t.notional, cum, inst.priceDecimals);
    if (o.avgPx !== expectedAvg) fail(`AvgPx ${o.avgPx} != ${expectedAvg}`);
    const leaves = q(o.leavesQty);
    const orderQty = q(o.orderQty);
    if (TERMINAL.has(o.ordStatus)) {
      if (leaves !== 0n) fail(`LeavesQty ${leaves} on terminal ${o.ordStatus}`);
      t.terminal = true;
      this.open.delete(o.orderId);
    } else {
      if (leaves + cum !== orderQty) fail(`LeavesQty ${leaves} + CumQty ${cum} != OrderQty ${orderQty}`);
      if (leaves <= 0n) fail('working order with nothing left');
      this.open.set(o.orderId, { ...e.owner, symbol: o.symbol, clOrdId: o.clOrdId });
    }
    if (o.ordStatus === '2' && cum !== orderQty) fail('Filled with CumQty != OrderQty');
    // Fill or kill is all or nothing: a FOK that ends other than filled never traded.
    if (o.timeInForce === '4' && TERMINAL.has(o.ordStatus) && o.ordStatus !== '2' && cum !== 0n) {
      fail(`FOK ended ${o.ordStatus} after filling ${cum}`);
    }
  };

  onMarketData = (e: MarketDataEvent): void => {
    if (e.kind === 'batch-end') {
      this.batchEnds.push(e.symbol);
      return;
    }
    if (e.kind !== 'level') return;
    const key = `${e.symbol} ${e.side}`;
    let side = this.mirror.get(key);
    if (side === undefined) {
      side = new Map();
      this.mirror.set(key, side);
    }
    if (/^0(\.0*)?$/.test(e.qty)) side.delete(e.price);
    else side.set(e.price, e.qty);
  };
}
