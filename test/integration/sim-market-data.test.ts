// The simulator's market-data acceptor (KRAKEN-MD) over verified TLS with our initiator: the instrument list,
// snapshot + incremental L2 and trades with every 5041 checked against a local book, unsubscribe, and the
// MarketDataRequestReject of an unknown pair. The books move only through commands sent here (no synthetic flow),
// so what the client must end up with is exactly the engine's book.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixMessage } from '../../electron/fix/codec/index.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import type { Side } from '../../electron/sim/matching/index.js';
import { mdEntries } from '../unit/sim-support/local-book.js';
import { MdClient } from '../unit/sim-support/md-client.js';
import { SimClient } from '../unit/sim-support/sim-client.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-md-');
let ex: RunningExchange;
let ca: string;
let ids = 0;

beforeAll(async () => {
  ex = await startExchange({ port: 0, mdPort: 0, certDir: tempDir('certs'), rate: 0, seed: 3 });
  ca = fs.readFileSync(ex.certPath!, 'utf8');
}, 60_000);
afterAll(async () => {
  await ex?.close();
});

const LP = { clientId: 'LP', sessionId: 'LP' };

function rest(symbol: string, side: Side, price: string, qty: string): void {
  ex.engine.handle({
    type: 'new-order',
    owner: LP,
    clOrdId: `lp${++ids}`,
    symbol,
    side,
    ordType: '2',
    orderQty: qty,
    price,
  });
}

function take(symbol: string, side: Side, price: string, qty: string): void {
  ex.engine.handle({
    type: 'new-order',
    owner: { clientId: 'TK', sessionId: 'TK' },
    clOrdId: `tk${++ids}`,
    symbol,
    side,
    ordType: '2',
    timeInForce: '3',
    orderQty: qty,
    price,
  });
}

const xOf = (c: MdClient, mdReqId: string): FixMessage[] =>
  c.client.inbound.filter((m) => m.msgType === 'X' && m.getString(262) === mdReqId);

describe('simulator market data over TLS', () => {
  it('lists every instrument with its precision and limits', async () => {
    const c = await SimClient.connect({ ex, ca, compId: 'LIST', side: 'md' });
    c.send('x', [
      [320, 'L1'],
      [559, '4'],
    ]);
    const list = await c.next(0, (m) => m.msgType === 'y', 'the InstrumentList');
    expect(list.getString(320)).toBe('L1');
    const symbols = list
      .fields()
      .filter(([t]) => t === 55)
      .map(([, v]) => v);
    expect(symbols).toEqual(ex.instruments.map((i) => i.symbol));
    const precisions = list
      .fields()
      .filter(([t]) => t === 2349)
      .map(([, v]) => Number(v));
    expect(precisions).toEqual(ex.instruments.map((i) => i.priceDecimals));
    await c.logout();
  });

  it('streams snapshot and incrementals of L2 and trades; every checksum matches a local book', async () => {
    rest('BTC/USD', '1', '59990.0', '0.01');
    rest('BTC/USD', '2', '60010.0', '0.02');
    rest('ETH/USD', '1', '2999.00', '0.5');
    const c = await MdClient.connect({ ex, ca, compId: 'BOOK' });
    const req = c.subscribe(['BTC/USD', 'ETH/USD']);
    await c.client.waitFor(() => c.bookOf('BTC/USD') !== undefined && c.bookOf('ETH/USD') !== undefined, 'snapshots');
    expect(c.matchesEngine('BTC/USD') && c.matchesEngine('ETH/USD')).toBe(true);

    for (let i = 0; i < 12; i++) {
      rest('BTC/USD', '1', `${59980 - i * 5}.0`, '0.01');
      rest('BTC/USD', '2', `${60020 + i * 5}.0`, '0.015');
      rest('ETH/USD', '2', `${3001 + i}.50`, '0.25');
    }
    take('BTC/USD', '1', '60020.0', '0.025');
    take('ETH/USD', '2', '2999.00', '0.2');
    await c.client.waitFor(() => c.matchesEngine('BTC/USD') && c.matchesEngine('ETH/USD'), 'books caught up');

    const trades = xOf(c, req).flatMap((m) => mdEntries(m).filter((e) => e.get(269) === '2'));
    expect(trades.map((e) => [e.get(270), e.get(271), e.get(2446)])).toEqual([
      ['60010.0', '0.02000000', '1'],
      ['60020.0', '0.00500000', '1'],
      ['2999.00', '0.20000000', '2'],
    ]);
    // Each book message carried a 5041 and each one was checked: 12 rests per pair, their sweeps, no mismatch.
    expect(c.checked).toBeGreaterThanOrEqual(36 + 2);
    expect(c.mismatches).toEqual([]);
    expect(c.client.rejects).toEqual([]);
    await c.client.logout();
  });

  it('stops a subscription’s updates on unsubscribe while another one on the same pair goes on', async () => {
    const c = await MdClient.connect({ ex, ca, compId: 'UNSUB' });
    const leaving = c.subscribe(['SOL/USD'], false);
    const staying = c.subscribe(['SOL/USD'], false);
    await c.client.waitFor(
      () => c.book(leaving, 'SOL/USD') !== undefined && c.book(staying, 'SOL/USD') !== undefined,
      'snapshots',
    );
    rest('SOL/USD', '1', '149.00', '1');
    await c.client.waitFor(() => xOf(c, leaving).length === 1 && xOf(c, staying).length === 1, 'one X each');
    c.unsubscribe(leaving);
    await c.client.roundTrip();
    const mark = c.client.inbound.length;
    rest('SOL/USD', '1', '148.00', '1');
    rest('SOL/USD', '2', '151.00', '1');
    // Both updates reach the subscription that stayed: anything for the other would have come before them.
    await c.client.waitFor(() => xOf(c, staying).length === 3, 'the staying subscription’s updates');
    const after = c.client.inbound.slice(mark).filter((m) => m.getString(262) === leaving);
    expect(after).toEqual([]);
    expect(c.mismatches).toEqual([]);
    await c.client.logout();
  });

  it('refuses an unknown pair with MarketDataRequestReject 281=0', async () => {
    const c = await MdClient.connect({ ex, ca, compId: 'UNKNOWN' });
    const req = c.subscribe(['FOO/BAR']);
    await c.client.waitFor(() => c.rejects.length === 1, 'the 35=Y');
    const y = c.rejects[0]!;
    expect([y.getString(262), y.getString(281), y.getString(58)]).toEqual([req, '0', 'Unknown symbol FOO/BAR']);
    expect(c.client.rejects).toEqual([]);
    await c.client.logout();
  });
});
