import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { Listener } from '../../../electron/fix/transport/listener.js';
import { Reconnector } from '../../../electron/fix/transport/reconnector.js';
import type { Transport } from '../../../electron/fix/transport/transport.js';
import { createTlsFixture, type TlsFixture } from '../../support/tls-fixture.js';
import { FakeClock } from './fakes.js';

let certs: TlsFixture;
beforeAll(() => {
  certs = createTlsFixture();
});
afterAll(() => certs.cleanup());

describe('Reconnector with a real Connector', () => {
  it('resolves DNS afresh on every attempt and reconnects after the venue drops the link', async () => {
    const listener = new Listener({ port: 0, tls: { key: certs.serverKey, cert: certs.serverCert } });
    const { port } = await listener.listen();
    const accepted: Transport[] = [];
    let onAccept: () => void = () => undefined;
    listener.on('connection', (t) => {
      accepted.push(t);
      onAccept();
    });
    // Under TLS 1.3 the client side finishes its handshake before the server side does.
    const serverSide = (n: number): Promise<void> =>
      accepted.length >= n ? Promise.resolve() : new Promise((resolve) => (onAccept = resolve));

    // DNS first points at an address where nothing listens, then at the venue.
    const answers = ['127.0.0.2', '127.0.0.3', '127.0.0.1', '127.0.0.1'];
    const lookups: string[] = [];
    const connector = new Connector({
      host: 'localhost',
      port,
      tls: { ca: certs.caCert },
      lookup: async (host) => {
        lookups.push(host);
        return { address: answers[Math.min(lookups.length - 1, answers.length - 1)] as string, family: 4 };
      },
    });
    const clock = new FakeClock();
    const r = new Reconnector({ connect: () => connector.connect(), clock, random: () => 0.5, baseMs: 1000 });
    const log: string[] = [];
    const connections: Transport[] = [];
    let wake: () => void = () => undefined;
    const next = (): Promise<void> => new Promise((resolve) => (wake = resolve));
    r.on('connectFailed', (e, n) => log.push(`failed#${n}:${(e as { kind?: string }).kind}`));
    r.on('reconnectScheduled', (d, n) => {
      log.push(`scheduled#${n}:${d}`);
      wake();
    });
    r.on('connected', (t, n) => {
      log.push(`connected#${n}`);
      t.on('rxData', () => undefined);
      connections.push(t);
      wake();
    });

    try {
      let step = next();
      r.start();
      await step; // attempt 1 refused
      step = next();
      clock.advance(500);
      await step; // attempt 2 refused
      step = next();
      clock.advance(1000);
      await step; // attempt 3 connected
      await serverSide(1);
      step = next();
      accepted[0]?.destroy('venue rollover');
      await step; // reconnect scheduled after the drop
      step = next();
      clock.advance(2000);
      await step; // attempt 4 connected
      expect(log).toEqual([
        'failed#1:refused',
        'scheduled#2:500',
        'failed#2:refused',
        'scheduled#3:1000',
        'connected#3',
        'scheduled#4:2000',
        'connected#4',
      ]);
      expect(lookups).toEqual(['localhost', 'localhost', 'localhost', 'localhost']);
      expect(connections.map((t) => t.info.remote)).toEqual([`127.0.0.1:${port}`, `127.0.0.1:${port}`]);
    } finally {
      r.stop();
      for (const t of connections) t.destroy();
      await listener.close();
    }
  });
});
