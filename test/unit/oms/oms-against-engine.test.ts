// Two OrderManagers trading through the simulator's real TradingGateway and MatchingEngine, in process and without
// sockets: every request and answer is encoded and parsed as FIX. The venue's answers queue until drained (as over
// a network), or arrive inside the OMS's send (an in-process venue), in both the kraken and standard dialects.
import { describe, expect, it } from 'vitest';
import { FixEncoder, formatUtcTimestamp, type FixMessage } from '../../../electron/fix/codec/index.js';
import type { SessionHandle } from '../../../electron/fix/session/index.js';
import {
  KRAKEN_SPOT_RULES,
  OrderManager,
  STANDARD_FIX44_RULES,
  type MassCancelUpdate,
} from '../../../electron/oms/index.js';
import { MatchingEngine } from '../../../electron/sim/matching/index.js';
import { TradingGateway } from '../../../electron/sim/trading/trading-gateway.js';
import type { TradingDialect } from '../../../electron/sim/trading/write-report.js';
import type { NewOrderRequest } from '../../../shared/domain/orders.js';
import { INSTRUMENTS, parse, T0 } from './harness.js';

const SESSION = 'sim-trading';

interface Trader {
  oms: OrderManager;
  massCancels: MassCancelUpdate[];
  logs: string[];
  /** Requests go nowhere while set (a connection that died with them in flight). */
  lose: boolean;
}

function venue(dialect: TradingDialect, mode: 'queued' | 'inline') {
  const now = T0;
  const gateway = new TradingGateway({ handle: (cmd) => engine.handle(cmd), dialect, clock: () => now });
  const engine = new MatchingEngine({ seed: 11, clock: { now: () => now }, onEvent: gateway.onEngineEvent });
  const queue: Array<() => void> = [];

  function trader(compId: string): Trader {
    const app = gateway.application({ beginString: 'FIX.4.4', senderCompId: 'KRAKEN-TRD', targetCompId: compId });
    let outSeq = 0;
    let inSeq = 0;
    const t: Trader = { oms: undefined as unknown as OrderManager, massCancels: [], logs: [], lose: false };
    const deliver = (msg: FixMessage): void => {
      if (msg.msgType === '8') t.oms.onExecutionReport(SESSION, msg, false);
      else if (msg.msgType === 'j') t.oms.onBusinessMessageReject(SESSION, msg);
      else if (msg.msgType === '9') t.oms.onOrderCancelReject(SESSION, msg);
      else throw new Error(`unexpected ${msg.msgType}`);
    };
    const handle: SessionHandle = {
      senderCompId: 'KRAKEN-TRD',
      targetCompId: compId,
      send: (msgType, write) => {
        const enc = new FixEncoder();
        enc.begin(msgType).str(49, 'KRAKEN-TRD').str(56, compId).int(34, ++inSeq).str(52, formatUtcTimestamp(now));
        write(enc);
        const msg = parse(Buffer.from(enc.finish()));
        if (mode === 'inline') deliver(msg);
        else queue.push(() => deliver(msg));
        return inSeq;
      },
      logout: () => undefined,
    };
    t.oms = new OrderManager({
      send: (_sessionId, msgType, write) => {
        const enc = new FixEncoder();
        enc.begin(msgType).str(49, compId).str(56, 'KRAKEN-TRD').int(34, ++outSeq).str(52, formatUtcTimestamp(now));
        write(enc);
        const seq = outSeq;
        if (t.lose) return seq;
        const result = app.onAppMessage(parse(Buffer.from(enc.finish())), {
          session: handle,
          seq,
          possDup: false,
          possResend: false,
        });
        if (result === 'unsupported') throw new Error(`${msgType} unsupported`);
        return seq;
      },
      now: () => now,
      instrument: (symbol) => INSTRUMENTS[symbol],
      onChange: () => undefined,
      rules: () => (dialect === 'kraken' ? KRAKEN_SPOT_RULES : STANDARD_FIX44_RULES),
      onMassCancel: (u) => void t.massCancels.push(u),
      onLog: (l) => void t.logs.push(l),
    });
    app.onLogon?.(handle);
    t.oms.onSessionLogon(SESSION);
    return t;
  }

  const drain = (): void => {
    while (queue.length > 0) queue.shift()!();
  };
  return { engine, trader, drain };
}

const eth = (over: Partial<NewOrderRequest>): NewOrderRequest => ({
  sessionId: SESSION,
  symbol: 'ETH/USD',
  side: 'buy',
  type: 'limit',
  qty: '1',
  price: '3000',
  tif: 'GTC',
  ...over,
});

describe.each([
  ['kraken', 'queued'],
  ['kraken', 'inline'],
  ['standard', 'queued'],
] as const)('the OMS against the simulator’s engine (%s dialect, answers %s)', (dialect, mode) => {
  it('rests, amends, fills against another trader, cancels the rest, with exact quantities, prices and fees', () => {
    const v = venue(dialect, mode);
    const alice = v.trader('ALICE');
    const bob = v.trader('BOB');

    const ask = alice.oms.newOrder(eth({ side: 'sell', qty: '2', price: '3000' }));
    v.drain();
    expect(alice.oms.order(ask.orderKey)).toMatchObject({ status: 'new', leavesQty: '2' });
    expect(alice.oms.order(ask.orderKey)!.orderId).toMatch(/^O/);

    alice.oms.amend({ orderKey: ask.orderKey, qty: '1.5', price: '2999.5' });
    v.drain();
    const amended = alice.oms.order(ask.orderKey)!;
    expect(amended).toMatchObject({ qty: '1.5', price: '2999.5', leavesQty: '1.5', pendingClOrdId: null });
    expect(amended.clOrdId).not.toBe(ask.clOrdId);
    expect(amended.status).toBe('new');

    const bid = bob.oms.newOrder(eth({ side: 'buy', qty: '2', price: '3001' }));
    v.drain();
    expect(bob.oms.order(bid.orderKey)).toMatchObject({
      status: 'partially-filled',
      cumQty: '1.5',
      leavesQty: '0.5',
      avgPx: '2999.5',
    });
    expect(alice.oms.order(ask.orderKey)).toMatchObject({ status: 'filled', cumQty: '1.5', leavesQty: '0' });
    // 1.5 × 2999.5 = 4499.25: maker 25 bps = 11.248125 → 11.24812 (half-even, 5 decimals); taker 40 bps = 17.997.
    expect(alice.oms.snapshot().fills.map((f) => [f.qty, f.price, f.fee, f.feeCurrency, f.liquidity])).toEqual([
      ['1.5', '2999.5', '11.24812', 'USD', 'maker'],
    ]);
    expect(bob.oms.snapshot().fills.map((f) => [f.qty, f.price, f.fee, f.liquidity])).toEqual([
      ['1.5', '2999.5', '17.997', 'taker'],
    ]);
    expect(alice.oms.position('ETH/USD')).toMatchObject({ qty: '-1.5', avgCost: '2999.5', realisedPnl: '-11.24812' });
    expect(bob.oms.position('ETH/USD')).toMatchObject({ qty: '1.5', avgCost: '2999.5', realisedPnl: '-17.997' });

    bob.oms.cancel(bid.orderKey);
    v.drain();
    expect(bob.oms.order(bid.orderKey)).toMatchObject({ status: 'canceled', cumQty: '1.5', leavesQty: '0' });
    expect(v.engine.depth('ETH/USD', 5)).toMatchObject({ bids: [], asks: [] });
  });

  it('shows the venue’s refusals: a new order below the minimum, a cancel crossing the venue’s own cancel', () => {
    const v = venue(dialect, mode);
    const alice = v.trader('ALICE');
    const tiny = alice.oms.newOrder(eth({ qty: '0.001' }));
    v.drain();
    expect(alice.oms.order(tiny.orderKey)).toMatchObject({ status: 'rejected', leavesQty: '0' });
    expect(alice.oms.order(tiny.orderKey)!.text).toMatch(/EGeneral:Invalid arguments:volume minimum not met/);

    const ok = alice.oms.newOrder(eth({ qty: '1' }));
    v.drain();
    // The venue cancels the order (another session's 35=q) while our cancel is on its way.
    const owner = { clientId: 'ALICE', sessionId: 'ALICE#1' };
    v.engine.handle({ type: 'mass-cancel', owner, clOrdId: '77', scope: '7' });
    if (mode === 'inline') {
      // An in-process venue has already told us: nothing to cancel any more.
      expect(() => alice.oms.cancel(ok.orderKey)).toThrow(/cannot cancel an order that is canceled/);
      return;
    }
    alice.oms.cancel(ok.orderKey);
    v.drain();
    const after = alice.oms.order(ok.orderKey)!;
    expect(after).toMatchObject({ status: 'canceled', pendingClOrdId: null, leavesQty: '0' });
    expect(after.text).toMatch(/EOrder:Unknown order/);
  });

  it('mass-cancels every order of the account and counts the reports', () => {
    const v = venue(dialect, mode);
    const alice = v.trader('ALICE');
    const a = alice.oms.newOrder(eth({ price: '2990' }));
    const b = alice.oms.newOrder(eth({ side: 'sell', price: '3010' }));
    v.drain();
    const id = alice.oms.massCancel(SESSION);
    v.drain();
    expect([alice.oms.order(a.orderKey)!.status, alice.oms.order(b.orderKey)!.status]).toEqual([
      'canceled',
      'canceled',
    ]);
    expect(alice.massCancels.at(-1)).toEqual({ sessionId: SESSION, clOrdId: id, canceled: 2, rejected: null });
  });
});

describe('the OMS against the simulator’s engine, kraken specifics', () => {
  it('returns an amend the venue refuses (post-only that would take) to the order as it was', () => {
    const v = venue('kraken', 'queued');
    const alice = v.trader('ALICE');
    const bob = v.trader('BOB');
    bob.oms.newOrder(eth({ side: 'sell', price: '3005' }));
    const bid = alice.oms.newOrder(eth({ price: '3000', postOnly: true }));
    v.drain();
    alice.oms.amend({ orderKey: bid.orderKey, price: '3006' });
    v.drain();
    const after = alice.oms.order(bid.orderKey)!;
    expect(after).toMatchObject({ status: 'new', price: '3000', clOrdId: bid.clOrdId, pendingClOrdId: null });
    expect(after.text).toMatch(/EOrder:Post only order/);
  });

  it('reconciles after a logon with 35=H: a cancel lost with the connection gives way to the venue’s state', () => {
    const v = venue('kraken', 'queued');
    const alice = v.trader('ALICE');
    const kept = alice.oms.newOrder(eth({}));
    const gone = alice.oms.newOrder(eth({ price: '2999' }));
    v.drain();
    alice.lose = true;
    alice.oms.cancel(kept.orderKey);
    alice.oms.onSessionLogout(SESSION);
    alice.lose = false;
    // Meanwhile the other order was canceled at the venue (cancel on disconnect, another session's 35=q…).
    v.engine.handle({
      type: 'cancel',
      owner: { clientId: 'ALICE', sessionId: 'ALICE#1' },
      clOrdId: '9',
      origClOrdId: gone.clOrdId,
      symbol: 'ETH/USD',
    });
    v.drain();
    expect(alice.oms.order(kept.orderKey)!.status).toBe('pending-cancel');
    alice.oms.onSessionLogon(SESSION);
    v.drain();
    expect(alice.oms.order(kept.orderKey)).toMatchObject({ status: 'new', pendingClOrdId: null });
    expect(alice.oms.order(gone.orderKey)!.status).toBe('canceled');
  });
});
