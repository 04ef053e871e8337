// The OrderManager driving the embedded exchange through our initiator Session over real sockets (plain TCP,
// no signature): place, rest, amend, a partial fill against a resting order, cancel, a refused order, and the
// mass cancel of the kill switch, asserted on the OrderViews, fills and positions the OMS derives.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import { Connector } from '../../electron/fix/transport/connector.js';
import { KRAKEN_SPOT_RULES, OrderManager, type MassCancelUpdate } from '../../electron/oms/index.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { NewOrderRequest, OrderView } from '../../shared/domain/orders.js';
import type { OrdersDelta } from '../../shared/ipc/streams.js';
import { SessionState, until } from './support/session-watch.js';

let ex: RunningExchange;
const sessions: Session[] = [];

const ETH: InstrumentInfo = {
  symbol: 'ETH/USD',
  base: 'ETH',
  quote: 'USD',
  tickSize: '0.01',
  lotSize: '0.00000001',
  qtyMin: '0.002',
  qtyMax: '100000',
  costMin: '0.5',
  priceDecimals: 2,
  qtyDecimals: 8,
  status: 'online',
};

interface Trader {
  oms: OrderManager;
  deltas: OrdersDelta[];
  massCancels: MassCancelUpdate[];
  /** Waits until the order's view satisfies `ok`. */
  until(orderKey: string, ok: (v: OrderView) => boolean, what: string): Promise<OrderView>;
}

async function trader(compId: string): Promise<Trader> {
  const sessionId = `${compId.toLowerCase()}-trading`;
  const deltas: OrdersDelta[] = [];
  const massCancels: MassCancelUpdate[] = [];
  // `session` is bound below; the OMS sends only once the session is logged on.
  const oms: OrderManager = new OrderManager({
    send: (_id, msgType, write) => session.send(msgType, write),
    now: () => Date.now(),
    instrument: (symbol) => (symbol === 'ETH/USD' ? ETH : undefined),
    onChange: (d) => void deltas.push(d),
    rules: () => KRAKEN_SPOT_RULES,
    onMassCancel: (u) => void massCancels.push(u),
  });
  const session = new Session({
    role: 'initiator',
    senderCompId: compId,
    targetCompId: 'KRAKEN-TRD',
    store: new MemoryMessageStore(),
    resetOnLogon: true,
    application: {
      onAppMessage: (msg, ctx) => {
        if (msg.msgType === '8') oms.onExecutionReport(sessionId, msg, ctx.possDup);
        else if (msg.msgType === 'j') oms.onBusinessMessageReject(sessionId, msg);
        else if (msg.msgType === '9') oms.onOrderCancelReject(sessionId, msg);
        else return 'unsupported';
      },
      onLogon: () => oms.onSessionLogon(sessionId),
      onLogout: () => oms.onSessionLogout(sessionId),
    },
  });
  session.on('reject', (r) => {
    if (r.direction === 'in' && r.kind === 'session') oms.onSessionReject(sessionId, r.refSeq, r.text);
  });
  sessions.push(session);
  const transport = await new Connector({ host: '127.0.0.1', port: ex.tradingPort, tls: { enabled: false } }).connect();
  session.connecting();
  session.connected(transport);
  await until(
    () => session.state === SessionState.Active,
    `${compId} logged on`,
    () => session.state,
  );
  return {
    oms,
    deltas,
    massCancels,
    until: async (orderKey, ok, what) => {
      await until(
        () => {
          const v = oms.order(orderKey);
          return v !== undefined && ok(v);
        },
        what,
        () => JSON.stringify(oms.order(orderKey)),
      );
      return oms.order(orderKey)!;
    },
  };
}

const eth = (sessionId: string, over: Partial<NewOrderRequest>): NewOrderRequest => ({
  sessionId,
  symbol: 'ETH/USD',
  side: 'buy',
  type: 'limit',
  qty: '1',
  price: '3000',
  tif: 'GTC',
  ...over,
});

beforeAll(async () => {
  ex = await startExchange({ port: 0, mdPort: 0, auth: 'none', rate: 0, seed: 17 });
}, 60_000);
afterAll(async () => {
  for (const s of sessions) s.disconnect('test over', true);
  await ex?.close();
});

describe('the OMS against the embedded exchange over TCP', () => {
  it('places, amends, fills partially against a resting order, cancels, and shows a refusal', async () => {
    const alice = await trader('ALICE');
    const bob = await trader('BOB');

    const ask = alice.oms.newOrder(eth('alice-trading', { side: 'sell', qty: '2', price: '3000' }));
    expect(ask.status).toBe('pending-new');
    const rested = await alice.until(ask.orderKey, (v) => v.status === 'new', 'the ask rests');
    expect(rested.orderId).toMatch(/^O/);

    alice.oms.amend({ orderKey: ask.orderKey, qty: '1.5', price: '2999.5' });
    expect(alice.oms.order(ask.orderKey)!.status).toBe('pending-replace');
    const amended = await alice.until(ask.orderKey, (v) => v.pendingClOrdId === null, 'the amend answered');
    expect(amended).toMatchObject({ status: 'new', qty: '1.5', price: '2999.5', leavesQty: '1.5' });
    expect(amended.clOrdId).not.toBe(ask.clOrdId);

    const bid = bob.oms.newOrder(eth('bob-trading', { side: 'buy', qty: '2', price: '3001' }));
    const partial = await bob.until(bid.orderKey, (v) => v.status === 'partially-filled', 'bob partly filled');
    expect(partial).toMatchObject({ cumQty: '1.5', leavesQty: '0.5', avgPx: '2999.5' });
    const filled = await alice.until(ask.orderKey, (v) => v.status === 'filled', 'alice filled');
    expect(filled).toMatchObject({ cumQty: '1.5', leavesQty: '0', avgPx: '2999.5' });
    expect(alice.oms.snapshot().fills.map((f) => [f.qty, f.price, f.fee, f.liquidity])).toEqual([
      ['1.5', '2999.5', '11.24812', 'maker'],
    ]);
    expect(bob.oms.position('ETH/USD')).toMatchObject({ qty: '1.5', avgCost: '2999.5', realisedPnl: '-17.997' });

    bob.oms.cancel(bid.orderKey);
    const done = await bob.until(bid.orderKey, (v) => v.status === 'canceled', 'bob’s rest canceled');
    expect(done).toMatchObject({ cumQty: '1.5', leavesQty: '0', pendingClOrdId: null });

    const tiny = alice.oms.newOrder(eth('alice-trading', { qty: '0.001' }));
    const refused = await alice.until(tiny.orderKey, (v) => v.status === 'rejected', 'the tiny order refused');
    expect(refused.text).toMatch(/^\d+ : EGeneral:Invalid arguments:volume minimum not met/);
    // Every change reached onChange: the last view of each order in the deltas is the one the OMS holds.
    for (const key of [ask.orderKey, tiny.orderKey]) {
      expect(
        alice.deltas
          .flatMap((d) => d.orders)
          .filter((v) => v.orderKey === key)
          .at(-1),
      ).toEqual(alice.oms.order(key));
    }
  }, 60_000);

  it('mass-cancels every working order for the kill switch', async () => {
    const carol = await trader('CAROL');
    const a = carol.oms.newOrder(eth('carol-trading', { price: '2900' }));
    const b = carol.oms.newOrder(eth('carol-trading', { side: 'sell', price: '3100' }));
    await carol.until(b.orderKey, (v) => v.status === 'new', 'both rest');
    await carol.until(a.orderKey, (v) => v.status === 'new', 'both rest');
    const id = carol.oms.massCancel('carol-trading');
    await carol.until(b.orderKey, (v) => v.status === 'canceled', 'b canceled');
    await carol.until(a.orderKey, (v) => v.status === 'canceled', 'a canceled');
    expect(carol.massCancels.at(-1)).toEqual({ sessionId: 'carol-trading', clOrdId: id, canceled: 2, rejected: null });
    expect(carol.oms.workingOrders()).toEqual([]);
  }, 60_000);
});
