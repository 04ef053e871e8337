import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import net from 'node:net';
import tls from 'node:tls';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { Listener, type ListenerOptions } from '../../../electron/fix/transport/listener.js';
import type { Transport } from '../../../electron/fix/transport/transport.js';
import { createTlsFixture, type TlsFixture } from '../../support/tls-fixture.js';
import { disconnected, receive } from './loopback.js';

let certs: TlsFixture;
const listeners: Listener[] = [];
beforeAll(() => {
  certs = createTlsFixture();
});
afterAll(() => certs.cleanup());
afterEach(async () => {
  for (const l of listeners.splice(0)) await l.close();
});

async function start(options: Partial<ListenerOptions> = {}): Promise<{ listener: Listener; port: number }> {
  const listener = new Listener({ port: 0, tls: { key: certs.serverKey, cert: certs.serverCert }, ...options });
  listeners.push(listener);
  const { port } = await listener.listen();
  return { listener, port };
}

function nextConnection(listener: Listener): Promise<Transport> {
  return new Promise((resolve) => {
    const on = (t: Transport): void => {
      listener.off('connection', on);
      resolve(t);
    };
    listener.on('connection', on);
  });
}

function nextHandshakeFailure(listener: Listener): Promise<{ remote: string; reason: string }> {
  return new Promise((resolve) => listener.on('handshakeFailed', resolve));
}

const client = (port: number): Promise<Transport> =>
  new Connector({ host: '127.0.0.1', port, tls: { ca: certs.caCert } }).connect();

describe('Listener', () => {
  it('listens on 127.0.0.1 by default and hands out a TLS transport per connection', async () => {
    const { listener, port } = await start();
    expect(listener.address).toEqual({ host: '127.0.0.1', port });
    const accepted = nextConnection(listener);
    const c = await client(port);
    const server = await accepted;
    expect(server.info).toMatchObject({ tls: true, protocol: 'TLSv1.3', host: '127.0.0.1' });
    server.write(Buffer.from('35=A\x01'));
    expect((await receive(c, 5)).toString()).toBe('35=A\x01');
    c.write(Buffer.from('35=0\x01'));
    expect((await receive(server, 5)).toString()).toBe('35=0\x01');
    c.destroy();
  });

  it('survives a client that does not speak TLS and accepts the next good one', async () => {
    const { listener, port } = await start();
    const failure = nextHandshakeFailure(listener);
    const garbage = net.connect({ host: '127.0.0.1', port });
    garbage.on('error', () => undefined);
    garbage.write('8=FIX.4.4\x019=5\x0135=A\x0110=000\x01 definitely not a ClientHello\r\n\r\n');
    const { remote, reason } = await failure;
    expect(remote).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(reason).toMatch(/ERR_SSL|wrong version|http request|unknown protocol|packet length/i);
    garbage.destroy();
    const accepted = nextConnection(listener);
    const c = await client(port);
    expect((await accepted).isOpen).toBe(true);
    c.destroy();
  });

  it('refuses a TLS 1.1 client and keeps listening', async () => {
    const { listener, port } = await start();
    const failure = nextHandshakeFailure(listener);
    const old = tls.connect({
      host: '127.0.0.1',
      port,
      ca: certs.caCert,
      minVersion: 'TLSv1.1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT@SECLEVEL=0',
    });
    const clientError = await new Promise<Error>((resolve) => {
      old.once('error', resolve);
      old.once('secureConnect', () => resolve(new Error('TLS 1.1 handshake succeeded')));
    });
    expect((clientError as NodeJS.ErrnoException).code).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
    expect((await failure).reason).toMatch(/UNSUPPORTED_PROTOCOL|unsupported protocol/);
    const c = await client(port);
    c.destroy();
  });

  it('requires and verifies a client certificate when asked to', async () => {
    const { listener, port } = await start({
      tls: { key: certs.serverKey, cert: certs.serverCert, ca: certs.caCert, requestCert: true },
    });
    const accepted = nextConnection(listener);
    const withCert = await new Connector({
      host: '127.0.0.1',
      port,
      tls: { ca: certs.caCert, cert: certs.clientCert, key: certs.clientKey },
    }).connect();
    expect((await accepted).info.authorized).toBe(true);
    withCert.destroy();

    const failure = nextHandshakeFailure(listener);
    const without = await client(port).catch((e: Error) => e);
    // TLS 1.3 completes the client side before the server checks the certificate; either way the link dies.
    if (!(without instanceof Error)) await disconnected(without);
    expect((await failure).reason).toMatch(/certificate/i);
  });

  it('serves plain TCP only when tls.enabled is false', async () => {
    const { listener, port } = await start({ tls: { enabled: false } });
    const accepted = nextConnection(listener);
    const c = await new Connector({ host: '127.0.0.1', port, tls: { enabled: false } }).connect();
    expect((await accepted).info.tls).toBe(false);
    c.destroy();
  });

  it('close() stops accepting and drops open connections, including ones mid-handshake', async () => {
    const { listener, port } = await start();
    const accepted = nextConnection(listener);
    const c = await client(port);
    await accepted;
    const idle = net.connect({ host: '127.0.0.1', port });
    idle.on('error', () => undefined);
    await new Promise((r) => idle.once('connect', r));
    const idleClosed = new Promise((r) => idle.once('close', r));
    const dropped = disconnected(c);
    c.on('rxData', () => undefined);
    await listener.close();
    await dropped;
    await idleClosed;
    const refused = await new Connector({ host: '127.0.0.1', port, tls: { ca: certs.caCert } })
      .connect()
      .catch((e: Error) => e);
    expect(refused).toMatchObject({ kind: 'refused' });
  });

  it('rejects listen() when the port is taken', async () => {
    const { port } = await start();
    const second = new Listener({ port, tls: { key: certs.serverKey, cert: certs.serverCert } });
    await expect(second.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it.each<[string, Partial<ListenerOptions>, RegExp]>([
    ['no TLS settings', { tls: undefined }, /tls \{ key, cert \} is required/],
    ['a negative port', { port: -1 }, /port must be an integer/],
    ['TLS 1.1', { tls: { key: 'k', cert: 'c', minVersion: 'TLSv1.1' as never } }, /TLSv1\.2 or TLSv1\.3/],
  ])('refuses %s', (_name, bad, message) => {
    expect(() => new Listener({ port: 0, tls: { key: 'k', cert: 'c' }, ...bad })).toThrow(message);
  });
});
