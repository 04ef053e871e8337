// The OMS reconciles by status after a reconnect (electron/oms/README.md: onSessionLogon sends 35=H for every working
// order, the venue answers 35=8 150=I, and the answer stands). Through a real WorkstationCore and its embedded
// exchange: an orderly logout leaves the order working at the venue (cancel on disconnect, 8674, fires on a drop, not
// on a Logout), and a status answer after the next logon confirms it; an order the venue cancels while we are away
// (a mass cancel from another session of the same account) shows canceled once the status answer says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { DEMO_PROFILE } from '../../electron/settings/defaults.js';
import { CommandChannel, StreamChannel } from '../../shared/ipc/channels.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';
import type { OrdersDelta } from '../../shared/ipc/streams.js';
import type { FixMessageRecord } from '../../shared/domain/fix-messages.js';
import type { OrderStatus, OrderView } from '../../shared/domain/orders.js';
import type { BookFrame, MarketDataFrame } from '../../shared/domain/market-data.js';

let core: WorkstationCore;
let dataDir: string;
const deltas: OrdersDelta[] = [];
const books = new Map<string, BookFrame>();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reconcile-'));
  core = await WorkstationCore.start({ dataDir, exchange: { seed: 3, rate: 5 }, latencyProbeIntervalMs: 0 });
  core.subscribe((channel, event) => {
    if (channel === StreamChannel.orders) deltas.push(event as OrdersDelta);
    if (channel === StreamChannel.marketData) for (const b of (event as MarketDataFrame).books) books.set(b.symbol, b);
  });
  await phase('demo-trading', 'active');
  await phase('demo-md', 'active');
  await vi.waitFor(
    async () => {
      const list = await core.execute(CommandChannel.listInstruments, {});
      if (!list.ok || !list.value.some((i) => i.symbol === 'ETH/USD')) throw new Error('no instruments yet');
    },
    { timeout: 10_000, interval: 100 },
  );
});

afterAll(async () => {
  await core?.close();
  if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function phase(sessionId: string, want: string): Promise<void> {
  await vi.waitFor(
    async () => {
      const list = await core.execute(CommandChannel.listSessions, {});
      const s = list.ok ? list.value.find((x) => x.id === sessionId) : undefined;
      if (s?.phase !== want) throw new Error(`${sessionId} is ${s?.phase ?? 'unknown'}, not ${want}`);
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Resolves with the order as the orders stream shows it in status `status`, among deltas from index `from` on. */
async function streamed(orderKey: string, status: OrderStatus, from = 0): Promise<OrderView> {
  return vi.waitFor(
    () => {
      for (const d of deltas.slice(from)) {
        const o = d.orders.find((x) => x.orderKey === orderKey && x.status === status);
        if (o !== undefined) return o;
      }
      throw new Error(`${orderKey} not ${status} on the orders stream`);
    },
    { timeout: 15_000, interval: 50 },
  );
}

async function restingBuy(price: string): Promise<OrderView> {
  const placed = await core.execute(CommandChannel.newOrder, {
    sessionId: 'demo-trading',
    symbol: 'ETH/USD',
    side: 'buy',
    type: 'limit',
    qty: '0.5',
    price,
    tif: 'GTC',
  });
  if (!placed.ok) throw new Error(placed.reason);
  return streamed(placed.value.orderKey, 'new');
}

async function messages(
  sessionId: string,
  direction: 'in' | 'out',
  msgType: string,
  after: number,
): Promise<FixMessageRecord[]> {
  const h = await core.execute(CommandChannel.messageHistory, { sessionId, direction, msgType, limit: 5000 });
  if (!h.ok) throw new Error(h.reason);
  return h.value.filter((m) => m.id > after);
}

/** The newest journal id: messages after it belong to what the test does next. */
async function lastMessageId(): Promise<number> {
  const h = await core.execute(CommandChannel.messageHistory, { limit: 1 });
  return h.ok ? (h.value[0]?.id ?? 0) : 0;
}

async function reconnect(sessionId: string): Promise<void> {
  expect(await core.execute(CommandChannel.connect, { sessionId })).toMatchObject({ ok: true });
  await phase(sessionId, 'active');
}

describe('order state across a reconnect of the trading session', () => {
  it('keeps an order working through an orderly logout and confirms it by a status request after the logon', async () => {
    const order = await restingBuy('100');
    expect(order.orderId).not.toBeNull();
    expect(await core.execute(CommandChannel.disconnect, { sessionId: 'demo-trading' })).toMatchObject({
      ok: true,
      value: { phase: 'disconnected' },
    });
    const mark = await lastMessageId();
    const from = deltas.length;

    await reconnect('demo-trading');

    // 35=H out for the working order, answered with 35=8 150=I: still new, nothing filled, nothing left out.
    const answer = await vi.waitFor(
      async () => {
        const found = (await messages('demo-trading', 'in', '8', mark)).find(
          (m) => m.text.includes('|150=I|') && m.text.includes(`|37=${order.orderId}|`),
        );
        if (found === undefined) throw new Error('no status answer yet');
        return found;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(answer.text).toContain('|39=0|');
    const asked = await messages('demo-trading', 'out', 'H', mark);
    expect(asked.map((m) => m.text).filter((t) => t.includes(`|37=${order.orderId}|`))).toHaveLength(1);
    const confirmed = await streamed(order.orderKey, 'new', from);
    expect(confirmed).toMatchObject({ orderId: order.orderId, cumQty: '0', leavesQty: '0.5', qty: '0.5' });
    const snap = await core.execute(CommandChannel.ordersSnapshot, {});
    expect(snap.ok && snap.value.orders.find((o) => o.orderKey === order.orderKey)?.status).toBe('new');

    // Kraken's 35=F reaches only orders placed on the same FIX connection (spec §3.2): the venue refuses our cancel
    // of the carried-over order by 35=j, and the order shows the venue's last word, still new, with its text.
    const beforeCancel = deltas.length;
    expect(await core.execute(CommandChannel.cancelOrder, { orderKey: order.orderKey })).toMatchObject({
      ok: true,
      value: { status: 'pending-cancel' },
    });
    const refused = await vi.waitFor(
      () => {
        const o = deltas
          .slice(beforeCancel)
          .flatMap((d) => d.orders)
          .find((x) => x.orderKey === order.orderKey && x.status === 'new');
        if (o === undefined) throw new Error('cancel not answered yet');
        return o;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(refused.text).toMatch(/Unknown order/);
  });

  it('shows an order canceled at the venue while we were away once the status answer after the logon says so', async () => {
    const order = await restingBuy('101');
    expect(await core.execute(CommandChannel.disconnect, { sessionId: 'demo-trading' })).toMatchObject({ ok: true });

    // Another session of the same account (same SenderCompID, so the same client at the exchange) pulls the
    // account-wide mass cancel (35=q 530=7) through the kill switch. The exchange's 150=4 for our order is for a
    // session that is gone, so nothing reaches our OMS until it asks.
    const desk: ProfileInput = {
      id: 'desk2',
      name: 'Second desk',
      kind: 'simulator',
      trading: { ...DEMO_PROFILE.trading },
      cancelOnDisconnect: false,
      autoConnect: false,
    };
    expect(await core.execute(CommandChannel.saveProfile, desk)).toMatchObject({ ok: true });
    const beforeKill = await lastMessageId();
    await reconnect('desk2-trading');
    expect(await core.execute(CommandChannel.engageKillSwitch, { confirm: 'KILL' })).toMatchObject({ ok: true });
    const q = await messages('desk2-trading', 'out', 'q', beforeKill);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toContain('|530=7|');
    expect(await core.execute(CommandChannel.rearmKillSwitch, {})).toMatchObject({ ok: true });
    expect(await core.execute(CommandChannel.disconnect, { sessionId: 'desk2-trading' })).toMatchObject({ ok: true });
    const away = await core.execute(CommandChannel.ordersSnapshot, {});
    expect(away.ok && away.value.orders.find((o) => o.orderKey === order.orderKey)?.status).toBe('new');

    const mark = await lastMessageId();
    const from = deltas.length;
    await reconnect('demo-trading');

    const canceled = await streamed(order.orderKey, 'canceled', from);
    expect(canceled).toMatchObject({ orderId: order.orderId, cumQty: '0' });
    const answers = (await messages('demo-trading', 'in', '8', mark)).filter((m) =>
      m.text.includes(`|37=${order.orderId}|`),
    );
    expect(answers.map((m) => [/\|150=(\w)\|/.exec(m.text)?.[1], /\|39=(\w)\|/.exec(m.text)?.[1]])).toEqual([
      ['I', '4'],
    ]);
    expect(
      (await messages('demo-trading', 'out', 'H', mark)).some((m) => m.text.includes(`|37=${order.orderId}|`)),
    ).toBe(true);
  });

  it('delivers a fill on an order carried over from the previous connection to the new one', async () => {
    // Rest inside the spread (best bid), reconnect in order (no cancel on disconnect), then another client sells
    // into it: the fill belongs to an order of the earlier connection and must still reach us.
    expect(await core.execute(CommandChannel.subscribeMarketData, { symbol: 'SOL/USD' })).toMatchObject({ ok: true });
    const touch = await vi.waitFor(
      () => {
        const b = books.get('SOL/USD');
        if (b === undefined || b.bids.length === 0 || b.asks.length === 0) throw new Error('no SOL/USD book yet');
        return { bid: Number(b.bids[0]!.price), ask: Number(b.asks[0]!.price) };
      },
      { timeout: 10_000, interval: 50 },
    );
    const inside = ((touch.bid + touch.ask) / 2).toFixed(2);
    const placed = await core.execute(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'SOL/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.5',
      price: inside,
      tif: 'GTC',
    });
    if (!placed.ok) throw new Error(placed.reason);
    const order = await streamed(placed.value.orderKey, 'new');
    expect(await core.execute(CommandChannel.disconnect, { sessionId: 'demo-trading' })).toMatchObject({ ok: true });
    await reconnect('demo-trading');

    const seller: ProfileInput = {
      id: 'desk3',
      name: 'Counterparty',
      kind: 'simulator',
      trading: { ...DEMO_PROFILE.trading, senderCompId: 'DESK-3' },
      cancelOnDisconnect: true,
      autoConnect: false,
    };
    expect(await core.execute(CommandChannel.saveProfile, seller)).toMatchObject({ ok: true });
    await reconnect('desk3-trading');
    const from = deltas.length;
    expect(
      await core.execute(CommandChannel.newOrder, {
        sessionId: 'desk3-trading',
        symbol: 'SOL/USD',
        side: 'sell',
        type: 'limit',
        qty: '0.5',
        price: inside,
        tif: 'IOC',
      }),
    ).toMatchObject({ ok: true });
    const filled = await streamed(order.orderKey, 'filled', from);
    expect(filled).toMatchObject({ cumQty: '0.5', leavesQty: '0' });
    const fill = deltas
      .slice(from)
      .flatMap((d) => d.fills)
      .find((f) => f.orderKey === order.orderKey);
    expect(fill).toMatchObject({ side: 'buy', qty: '0.5', sessionId: 'demo-trading' });
    expect(await core.execute(CommandChannel.disconnect, { sessionId: 'desk3-trading' })).toMatchObject({ ok: true });
  });
});
