// QuickFIX C++ 1.15.1's initiator (test/interop/quickfix/qf-initiator) trading against the embedded exchange over
// verified TLS (the simulator's generated RSA certificate as its CA file), with `auth none` and the standard
// dialect a generic engine expects: exactly one ExecutionReport (150=0) per NewOrderSingle.
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import { eventsOf, killAllQuickFixPeers, QuickFixPeer } from '../support/quickfix-peer.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-trading-qf-');
let ex: RunningExchange;

beforeAll(async () => {
  ex = await startExchange({
    port: 0,
    mdPort: 0,
    certDir: tempDir('certs'),
    auth: 'none',
    dialect: 'standard',
    rate: 0,
    seed: 9,
  });
}, 60_000);
afterEach(async () => {
  await killAllQuickFixPeers();
});
afterAll(async () => {
  await ex?.close();
});

describe('QuickFIX initiator against the simulator', () => {
  it('gets exactly one New ExecutionReport for each of its orders over TLS', async () => {
    expect(fs.readFileSync(ex.certPath!, 'utf8')).toMatch(/BEGIN CERTIFICATE/);
    const qf = QuickFixPeer.initiator({
      port: ex.tradingPort,
      senderCompId: 'QF-CLIENT',
      targetCompId: 'KRAKEN-TRD',
      storeDir: tempDir('qf-store'),
      logDir: tempDir('qf-log'),
      tls: { ca: ex.certPath! },
      count: 20,
      prefix: 'SIMQF',
      resetOnLogon: true,
    });
    await qf.waitFor((e) => e.kind === 'DONE', 'DONE (an ER for every order)', { timeoutMs: 60_000 });
    const ers = eventsOf(qf.events, 'APP_IN').filter((e) => e.msgType === '8');
    const ids = ers.map((e) => e.clOrdId);
    expect(ids.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `SIMQF-${i + 1}`).sort());
    expect(eventsOf(qf.events, 'APP_IN').filter((e) => e.msgType !== '8')).toEqual([]);
    // Every order rests on the simulator's book (buys at 100 with no seller).
    const bids = ex.engine.depth('BTC/USD', 5)!.bids;
    expect(bids.map((l) => [l.price, l.qty])).toEqual([['100.0', '20.00000000']]);
  }, 90_000);
});
