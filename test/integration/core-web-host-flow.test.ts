// Simulator → FIX engine → workstation core → web host socket: what a renderer receives when a trader works the
// demo. The embedded exchange runs its living market over TLS; the core's sessions log on with Kraken's signature;
// everything below is observed only through the socket, as the browser sees it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../electron/host/web-host.js';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { CommandChannel, StreamChannel } from '../../shared/ipc/channels.js';
import type { SessionStatus } from '../../shared/session-status.js';
import { openWebClient, type WebClient } from '../support/web-client.js';

let core: WorkstationCore;
let web: RunningWebHost;
let client: WebClient;
const dirs: string[] = [];

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-'));
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flow-renderer-'));
  dirs.push(dataDir, rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  core = await WorkstationCore.start({ dataDir, exchange: { seed: 7, rate: 200 }, latencyProbeIntervalMs: 0 });
  web = await startWebHost({ host: core, rendererDir, port: 0 });
  client = await openWebClient(web.port, web.token);
  const active = (id: string) => (s: SessionStatus) => s.id === id && s.phase === 'active';
  const list = await client.call(CommandChannel.listSessions, {});
  const already = list.ok ? list.value : [];
  for (const id of ['demo-trading', 'demo-md']) {
    if (!already.some(active(id))) await client.event(StreamChannel.sessionStatus, active(id), 15_000);
  }
});

afterAll(async () => {
  client?.close();
  await web?.close();
  await core?.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('the demo workstation through the web host socket', () => {
  it('lists the simulator instruments with their trading rules', async () => {
    // The list arrives on the market-data session after its logon (and is pushed on instruments:changed).
    const btc = await vi.waitFor(
      async () => {
        const outcome = await client.call(CommandChannel.listInstruments, {});
        const found = outcome.ok ? outcome.value.find((i) => i.symbol === 'BTC/USD') : undefined;
        if (found === undefined) throw new Error('no instruments yet');
        return found;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(btc).toMatchObject({ symbol: 'BTC/USD', base: 'BTC', quote: 'USD' });
    expect(btc?.tickSize).toMatch(/^0\.\d+$|^\d+$/);
  });

  it('streams a watched book as coalesced frames, best prices first and not crossed', async () => {
    expect(await client.call(CommandChannel.subscribeMarketData, { symbol: 'ETH/USD' })).toMatchObject({ ok: true });
    const frame = await client.event(StreamChannel.marketData, (f) =>
      f.books.some((b) => b.symbol === 'ETH/USD' && b.bids.length > 1 && b.asks.length > 1),
    );
    const book = frame.books.find((b) => b.symbol === 'ETH/USD')!;
    const bids = book.bids.map((l) => Number(l.price));
    const asks = book.asks.map((l) => Number(l.price));
    expect([...bids].sort((a, b) => b - a)).toEqual(bids);
    expect([...asks].sort((a, b) => a - b)).toEqual(asks);
    expect(bids[0]!).toBeLessThan(asks[0]!);
    expect(book.stale).toBe(false);
    // Unwatched symbols never cross the socket.
    const symbols = new Set(client.events(StreamChannel.marketData).flatMap((f) => f.books.map((b) => b.symbol)));
    expect([...symbols]).toEqual(['ETH/USD']);
  });

  it('places a resting order and sees it go pending-new then new, with the messages in the inspector stream', async () => {
    const placed = await client.call(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.5',
      price: '100',
      tif: 'GTC',
    });
    expect(placed).toMatchObject({ ok: true, value: { status: 'pending-new', symbol: 'ETH/USD' } });
    const key = placed.ok ? placed.value.orderKey : '';
    const delta = await client.event(StreamChannel.orders, (d) =>
      d.orders.some((o) => o.orderKey === key && o.status === 'new'),
    );
    expect(delta.orders.find((o) => o.orderKey === key)).toMatchObject({ leavesQty: '0.5', cumQty: '0' });
    const sent = await client.event(StreamChannel.messages, (batch) =>
      batch.some(
        (m) =>
          m.direction === 'out' && m.msgType === 'D' && m.text.includes(`11=${placed.ok ? placed.value.clOrdId : ''}|`),
      ),
    );
    expect(sent.length).toBeGreaterThan(0);
    // The Logon went out with the Kraken signature fields, masked.
    const logons = await client.call(CommandChannel.messageHistory, { msgType: 'A', direction: 'out', limit: 10 });
    const text = logons.ok ? logons.value.map((m) => m.text).join('\n') : '';
    expect(text).toMatch(/\|554=\*\*\*\|/);
    expect(text).toMatch(/\|5025=\*\*\*\|/);
    expect(await client.call(CommandChannel.cancelOrder, { orderKey: key })).toMatchObject({ ok: true });
    await client.event(StreamChannel.orders, (d) =>
      d.orders.some((o) => o.orderKey === key && o.status === 'canceled'),
    );
  });

  it('fills a marketable order against the living market and moves the position', async () => {
    const ask = await client.event(StreamChannel.marketData, (f) =>
      f.books.some((b) => b.symbol === 'ETH/USD' && b.asks.length > 0),
    );
    const best = ask.books.find((b) => b.symbol === 'ETH/USD')!.asks[0]!;
    const placed = await client.call(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'market',
      qty: '0.01',
      tif: 'IOC',
    });
    expect(placed).toMatchObject({ ok: true });
    const filled = await client.event(StreamChannel.orders, (d) =>
      d.fills.some((f) => placed.ok && f.orderKey === placed.value.orderKey),
    );
    const fill = filled.fills.find((f) => placed.ok && f.orderKey === placed.value.orderKey)!;
    expect(fill).toMatchObject({ side: 'buy', symbol: 'ETH/USD', qty: '0.01' });
    expect(Number(fill.price)).toBeGreaterThan(0);
    expect(Number(fill.price)).toBeLessThan(Number(best.price) * 1.05);
    const pos = await client.event(StreamChannel.orders, (d) => d.positions.some((p) => p.symbol === 'ETH/USD'));
    expect(pos.positions.find((p) => p.symbol === 'ETH/USD')?.qty).toBe('0.01');
    await client.event(StreamChannel.notice, (n) => n.level === 'success' && n.text.includes('ETH/USD'));
  });

  it('refuses an order over the quantity limit with the rule, limit and amount, and audits it', async () => {
    const refused = await client.call(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '100000',
      price: '100',
      tif: 'GTC',
    });
    expect(refused).toMatchObject({ ok: false, kind: 'rejected', refusal: { rule: 'max-order-qty' } });
    const audit = await client.event(StreamChannel.audit, (e) => e.action === 'order.new' && e.outcome === 'rejected');
    expect(audit.reason).toMatch(/100000/);
  });

  it('pulls the kill switch: working orders cancelled, new orders refused until re-armed', async () => {
    const resting = await client.call(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.2',
      price: '101',
      tif: 'GTC',
    });
    const key = resting.ok ? resting.value.orderKey : '';
    await client.event(StreamChannel.orders, (d) => d.orders.some((o) => o.orderKey === key && o.status === 'new'));
    const killed = await client.call(CommandChannel.engageKillSwitch, { confirm: 'KILL' });
    expect(killed).toMatchObject({ ok: true, value: { killSwitch: { engaged: true } } });
    await client.event(StreamChannel.orders, (d) =>
      d.orders.some((o) => o.orderKey === key && o.status === 'canceled'),
    );
    const blocked = await client.call(CommandChannel.newOrder, {
      sessionId: 'demo-trading',
      symbol: 'ETH/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.2',
      price: '101',
      tif: 'GTC',
    });
    expect(blocked).toMatchObject({ ok: false, refusal: { rule: 'kill-switch' } });
    expect(await client.call(CommandChannel.rearmKillSwitch, {})).toMatchObject({
      ok: true,
      value: { killSwitch: { engaged: false } },
    });
    const csv = await client.call(CommandChannel.auditCsv, {});
    expect(csv.ok && csv.value.csv).toMatch(/kill-switch\.engage/);
  });
});
