// An order placed on a venue survives a restart of the workstation: the venue (here a standalone simulator playing
// a Kraken UAT, kept running across both runs) still works it, and the restarted workstation asks about it after
// its first logon (35=H) and shows it again as a recovered order with the venue's state.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WorkstationCore } from '../../electron/host/workstation-core.js';
import { MemorySecretVault } from '../../electron/settings/index.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import { CommandChannel } from '../../shared/ipc/channels.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';

const KEY = 'uat-desk-key';
const SECRET = randomBytes(64).toString('base64');
let venue: RunningExchange;
let dataDir: string;
const vault = new MemorySecretVault();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'restart-'));
  venue = await startExchange({
    port: 0,
    certDir: path.join(dataDir, 'venue-tls'),
    apiKeys: new Map([[KEY, SECRET]]),
    rate: 0,
    dailyReset: false,
    // As Kraken: numbers carry on across reconnects (our side keeps them in its file store).
    resetOnLogon: false,
  });
});

afterAll(async () => {
  await venue?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function profile(): ProfileInput {
  return {
    id: 'uat',
    name: 'Kraken UAT (simulated)',
    kind: 'kraken-spot',
    trading: {
      host: '127.0.0.1',
      port: venue.tradingPort,
      tls: true,
      serverName: 'localhost',
      caFile: venue.certPath!,
      senderCompId: 'DESK-UAT',
      targetCompId: 'KRAKEN-TRD',
      heartBtIntSec: 30,
    },
    apiKey: KEY,
    // Keep orders working when we log out: that is what makes them worth recovering.
    cancelOnDisconnect: false,
    autoConnect: false,
  };
}

async function start(): Promise<WorkstationCore> {
  return WorkstationCore.start({
    dataDir,
    vault,
    autoConnect: false,
    exchange: { rate: 0 },
    latencyProbeIntervalMs: 0,
  });
}

async function active(core: WorkstationCore, sessionId: string): Promise<void> {
  expect(await core.execute(CommandChannel.connect, { sessionId })).toMatchObject({ ok: true });
  await vi.waitFor(
    async () => {
      const list = await core.execute(CommandChannel.listSessions, {});
      if (!list.ok || list.value.find((s) => s.id === sessionId)?.phase !== 'active') throw new Error('not active');
    },
    { timeout: 15_000, interval: 50 },
  );
}

describe('orders across a restart of the workstation', () => {
  it('shows an order placed before the restart again, recovered with the venue state', async () => {
    const first = await start();
    expect(await first.execute(CommandChannel.saveProfile, profile())).toMatchObject({ ok: true });
    expect(await first.execute(CommandChannel.setSecret, { profileId: 'uat', secret: SECRET })).toMatchObject({
      ok: true,
    });
    await active(first, 'uat-trading');
    const placed = await first.execute(CommandChannel.newOrder, {
      sessionId: 'uat-trading',
      symbol: 'BTC/USD',
      side: 'buy',
      type: 'limit',
      qty: '0.25',
      price: '1000.0',
      tif: 'GTC',
    });
    expect(placed).toMatchObject({ ok: true });
    const orderId = await vi.waitFor(
      async () => {
        const snap = await first.execute(CommandChannel.ordersSnapshot, {});
        const o = snap.ok ? snap.value.orders.find((x) => x.status === 'new') : undefined;
        if (o === undefined || o.orderId === null) throw new Error('not acknowledged yet');
        return o.orderId;
      },
      { timeout: 10_000, interval: 50 },
    );
    await first.close();

    const second = await start();
    try {
      const before = await second.execute(CommandChannel.ordersSnapshot, {});
      expect(before.ok && before.value.orders).toEqual([]);
      await active(second, 'uat-trading');
      const recovered = await vi.waitFor(
        async () => {
          const snap = await second.execute(CommandChannel.ordersSnapshot, {});
          const o = snap.ok ? snap.value.orders.find((x) => x.orderId === orderId) : undefined;
          if (o === undefined) throw new Error('not recovered yet');
          return o;
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(recovered).toMatchObject({
        recovered: true,
        status: 'new',
        symbol: 'BTC/USD',
        side: 'buy',
        leavesQty: '0.25',
        sessionId: 'uat-trading',
      });
      const asked = await second.execute(CommandChannel.messageHistory, { msgType: 'H', direction: 'out', limit: 10 });
      expect(asked.ok && asked.value.some((m) => m.text.includes(`|37=${orderId}|`))).toBe(true);
    } finally {
      await second.close();
    }
  });
});
