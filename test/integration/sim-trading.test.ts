// The embedded exchange's trading acceptor over verified TLS (its own generated certificate as the only trust
// anchor), driven by our initiator Session with a Kraken-signed Logon: rest, amend, cross, cancel, mass cancel,
// and a Logon with a bad signature refused with a clear Logout text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixMessage } from '../../electron/fix/codec/index.js';
import { formatUtcTimestamp } from '../../electron/fix/codec/index.js';
import { Session } from '../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../electron/fix/store/memory-store.js';
import { Connector } from '../../electron/fix/transport/connector.js';
import { krakenLogonHook } from '../../electron/venue/kraken/logon-fields.js';
import { NonceSource } from '../../electron/venue/kraken/nonce.js';
import { startExchange, type RunningExchange } from '../../electron/sim/exchange.js';
import { SessionState, until } from './support/session-watch.js';
import { tempDirs } from './support/temp-dirs.js';

const tempDir = tempDirs('sim-trading-');
let ex: RunningExchange;
let ca: string;

interface Client {
  session: Session;
  inbound: FixMessage[];
  refusal: string | undefined;
  send(msgType: string, fields: Array<[number, string]>): void;
  /** The next inbound message after `from` matching `pick`. */
  next(from: number, pick: (m: FixMessage) => boolean, what: string): Promise<FixMessage>;
}

async function connect(
  compId: string,
  secret: string,
  target: 'KRAKEN-TRD' | 'KRAKEN-MD' = 'KRAKEN-TRD',
  nonces = new NonceSource(),
): Promise<Client> {
  const hook =
    target === 'KRAKEN-TRD'
      ? krakenLogonHook({ session: 'trading', apiKey: ex.apiKey!, apiSecret: () => secret }, nonces)
      : krakenLogonHook({ session: 'market-data' });
  const inbound: FixMessage[] = [];
  const session = new Session({
    role: 'initiator',
    senderCompId: compId,
    targetCompId: target,
    store: new MemoryMessageStore(),
    resetOnLogon: true,
    logonHook: {
      decorateLogon: (enc, ctx) =>
        hook(enc, { msgSeqNum: ctx.seq, senderCompId: ctx.senderCompId, targetCompId: ctx.targetCompId }),
    },
    application: { onAppMessage: (msg) => void inbound.push(msg.detach()) },
  });
  const client: Client = {
    session,
    inbound,
    refusal: undefined,
    send: (msgType, fields) => {
      session.send(msgType, (enc) => {
        for (const [tag, value] of fields) enc.str(tag, value);
        enc.str(60, formatUtcTimestamp(Date.now()));
      });
    },
    next: async (from, pick, what) => {
      let found: FixMessage | undefined;
      await until(
        () => (found = inbound.slice(from).find(pick)) !== undefined,
        what,
        () => inbound.map((m) => m.toString()).join('\n'),
      );
      return found!;
    },
  };
  session.on('logonRefused', (r) => (client.refusal = r.text ?? '(no text)'));
  const transport = await new Connector({
    host: '127.0.0.1',
    port: target === 'KRAKEN-TRD' ? ex.tradingPort : ex.mdPort,
    tls: { ca },
  }).connect();
  session.connecting();
  session.connected(transport);
  await until(
    () => session.state === SessionState.Active || client.refusal !== undefined,
    `${compId} logged on or refused`,
    () => session.state,
  );
  return client;
}

beforeAll(async () => {
  ex = await startExchange({ port: 0, mdPort: 0, certDir: tempDir('certs'), rate: 0, seed: 5 });
  ca = (await import('node:fs')).readFileSync(ex.certPath!, 'utf8');
}, 60_000);
afterAll(async () => {
  await ex?.close();
});

const get = (m: FixMessage, tag: number): string | undefined => m.getString(tag);

describe('simulator trading acceptor over TLS', () => {
  it('rests, amends, fills, cancels and mass-cancels orders with exact quantities and prices', async () => {
    const alice = await connect('ALICE', ex.apiSecret!);
    const bob = await connect('BOB', ex.apiSecret!);
    expect(alice.session.state).toBe(SessionState.Active);

    let mark = alice.inbound.length;
    alice.send('D', [
      [11, '1001'],
      [55, 'ETH/USD'],
      [54, '2'],
      [38, '2'],
      [40, '2'],
      [44, '3000.00'],
      [59, '1'],
    ]);
    const ack = await alice.next(mark, (m) => get(m, 11) === '1001', 'the ack of 1001');
    expect([get(ack, 35), get(ack, 150), get(ack, 39), get(ack, 151)]).toEqual(['8', '0', '0', '2.00000000']);
    const orderId = get(ack, 37)!;

    mark = alice.inbound.length;
    alice.send('G', [
      [11, '1002'],
      [41, '1001'],
      [37, orderId],
      [55, 'ETH/USD'],
      [54, '2'],
      [38, '1.5'],
      [40, '2'],
      [44, '2999.50'],
    ]);
    const rep = await alice.next(mark, (m) => get(m, 11) === '1002', 'the replace of 1001');
    expect([get(rep, 150), get(rep, 39), get(rep, 41), get(rep, 37), get(rep, 38), get(rep, 44)]).toEqual([
      '5',
      '5',
      '1001',
      orderId,
      '1.50000000',
      '2999.50',
    ]);

    alice.send('D', [
      [11, '1003'],
      [55, 'ETH/USD'],
      [54, '2'],
      [38, '1'],
      [40, '2'],
      [44, '3001.00'],
      [59, '1'],
    ]);
    await alice.next(mark, (m) => get(m, 11) === '1003', 'the ack of 1003');

    const bobMark = bob.inbound.length;
    bob.send('D', [
      [11, '2001'],
      [55, 'ETH/USD'],
      [54, '1'],
      [38, '2'],
      [40, '2'],
      [44, '3001.00'],
      [59, '1'],
    ]);
    const done = await bob.next(bobMark, (m) => get(m, 11) === '2001' && get(m, 39) === '2', 'the fill of 2001');
    // 1.5 @ 2999.50 + 0.5 @ 3001.00 = 5999.75 over 2 → 2999.875
    expect([get(done, 150), get(done, 14), get(done, 151), get(done, 6)]).toEqual([
      'F',
      '2.00000000',
      '0.00000000',
      '2999.875',
    ]);
    const bobFills = bob.inbound.slice(bobMark).filter((m) => get(m, 150) === 'F');
    expect(bobFills.map((m) => [get(m, 32), get(m, 31), get(m, 851)])).toEqual([
      ['1.50000000', '2999.50', '2'],
      ['0.50000000', '3001.00', '2'],
    ]);
    const aliceFill = await alice.next(mark, (m) => get(m, 11) === '1002' && get(m, 150) === 'F', 'alice’s fill');
    expect([get(aliceFill, 39), get(aliceFill, 14), get(aliceFill, 851)]).toEqual(['2', '1.50000000', '1']);

    mark = alice.inbound.length;
    alice.send('F', [
      [11, '1004'],
      [41, '1003'],
      [55, 'ETH/USD'],
      [54, '2'],
    ]);
    const cxl = await alice.next(mark, (m) => get(m, 11) === '1004', 'the cancel of 1003');
    expect([get(cxl, 150), get(cxl, 39), get(cxl, 41), get(cxl, 14), get(cxl, 151)]).toEqual([
      '4',
      '4',
      '1003',
      '0.50000000',
      '0.00000000',
    ]);

    alice.send('D', [
      [11, '1005'],
      [55, 'ETH/USD'],
      [54, '1'],
      [38, '1'],
      [40, '2'],
      [44, '2900.00'],
    ]);
    alice.send('D', [
      [11, '1006'],
      [55, 'ETH/USD'],
      [54, '1'],
      [38, '1'],
      [40, '2'],
      [44, '2901.00'],
    ]);
    await alice.next(mark, (m) => get(m, 11) === '1006', 'the ack of 1006');
    mark = alice.inbound.length;
    alice.send('q', [
      [11, '1007'],
      [530, '6'],
    ]);
    await until(
      () => alice.inbound.slice(mark).filter((m) => get(m, 11) === '1007').length === 2,
      'two mass-cancel reports',
      () =>
        alice.inbound
          .slice(mark)
          .map((m) => m.toString())
          .join('\n'),
    );
    const mass = alice.inbound.slice(mark).filter((m) => get(m, 11) === '1007');
    expect(mass.map((m) => [get(m, 150), get(m, 41)]).sort()).toEqual([
      ['4', '1005'],
      ['4', '1006'],
    ]);
    expect(ex.engine.depth('ETH/USD', 10)).toMatchObject({ bids: [], asks: [] });

    mark = alice.inbound.length;
    alice.send('F', [
      [11, '1008'],
      [41, '1001'],
      [55, 'ETH/USD'],
      [54, '2'],
    ]);
    const j = await alice.next(mark, (m) => get(m, 35) === 'j', 'the refusal of a closed order’s cancel');
    expect([get(j, 372), get(j, 379)]).toEqual(['F', '1008']);
    expect(get(j, 58)).toMatch(/^1008 : EOrder:/);
  }, 60_000);

  it('cancels the orders of a session whose connection drops, and leaves them after an orderly Logout', async () => {
    const carol = await connect('CAROL', ex.apiSecret!);
    let mark = carol.inbound.length;
    carol.send('D', [
      [11, '3001'],
      [55, 'SOL/USD'],
      [54, '1'],
      [38, '1'],
      [40, '2'],
      [44, '100.00'],
    ]);
    await carol.next(mark, (m) => get(m, 11) === '3001', 'the ack of 3001');
    carol.session.disconnect('test: cable pulled', true);
    await until(
      () => ex.engine.depth('SOL/USD', 5)!.bids.length === 0,
      'cancel on disconnect',
      () => JSON.stringify(ex.engine.depth('SOL/USD', 5)),
    );

    const dave = await connect('DAVE', ex.apiSecret!);
    mark = dave.inbound.length;
    dave.send('D', [
      [11, '4001'],
      [55, 'SOL/USD'],
      [54, '1'],
      [38, '1'],
      [40, '2'],
      [44, '101.00'],
    ]);
    await dave.next(mark, (m) => get(m, 11) === '4001', 'the ack of 4001');
    dave.session.logout('done');
    await until(
      () => dave.session.state === SessionState.Disconnected,
      'DAVE logged out',
      () => dave.session.state,
    );
    expect(ex.engine.depth('SOL/USD', 5)!.bids.map((l) => l.price)).toEqual(['101.00']);
  }, 30_000);

  it('serves the market-data acceptor on its own port as KRAKEN-MD, without credentials', async () => {
    const md = await connect('ALICE-MD', '', 'KRAKEN-MD');
    expect(md.refusal).toBeUndefined();
    expect(md.session.state).toBe(SessionState.Active);
  }, 30_000);

  it('refuses a Logon signed with the wrong secret with a Logout that says why', async () => {
    const wrong = Buffer.alloc(64, 7).toString('base64');
    const mallory = await connect('MALLORY', wrong);
    expect(mallory.refusal).toBe('Invalid signature');
    expect(mallory.session.state).not.toBe(SessionState.Active);
  }, 30_000);

  it('refuses a Logon whose nonce is a minute old with a Logout naming the stale nonce', async () => {
    const late = await connect('LATE', ex.apiSecret!, 'KRAKEN-TRD', new NonceSource(() => Date.now() - 60_000));
    expect(late.refusal).toMatch(/^Stale nonce: 6\d\.\d s behind server time, outside the 5 s window$/);
    expect(late.session.state).not.toBe(SessionState.Active);
  }, 30_000);
});
