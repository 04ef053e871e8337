import { describe, it, expect, beforeAll, afterAll, afterEach } from 'vitest';
import net from 'node:net';
import tls from 'node:tls';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { ConnectError } from '../../../electron/fix/transport/connect-error.js';
import type { ConnectorOptions } from '../../../electron/fix/transport/connector-options.js';
import { createTlsFixture, type TlsFixture } from '../../support/tls-fixture.js';
import { listenOn, receive, type TestServer } from './loopback.js';

let certs: TlsFixture;
const servers: Array<TestServer<net.Server>> = [];

beforeAll(() => {
  certs = createTlsFixture();
});
afterAll(() => certs.cleanup());
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A TLS server that greets each client with "hello" and records the SNI name it was asked for. */
async function tlsServer(extra: tls.TlsOptions = {}): Promise<{ port: number; sni: Array<string | false | null> }> {
  const sni: Array<string | false | null> = [];
  const server = tls.createServer({ key: certs.serverKey, cert: certs.serverCert, ...extra }, (socket) => {
    sni.push(socket.servername);
    socket.write('hello');
  });
  server.on('tlsClientError', () => undefined);
  const s = await listenOn(server);
  servers.push(s);
  return { port: s.port, sni };
}

async function plainServer(onSocket: (s: net.Socket) => void): Promise<number> {
  const s = await listenOn(net.createServer(onSocket));
  servers.push(s);
  return s.port;
}

async function connectError(options: ConnectorOptions): Promise<ConnectError> {
  const err = await new Connector(options).connect().then(
    (t) => {
      t.destroy();
      throw new Error('connected, but a failure was expected');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConnectError);
  return err as ConnectError;
}

const localhost = async (): Promise<{ address: string; family: number }> => ({ address: '127.0.0.1', family: 4 });

describe('Connector over TLS', () => {
  it('connects with the certificate verified against the given CA and reports the connection', async () => {
    const { port } = await tlsServer();
    const t = await new Connector({ host: '127.0.0.1', port, tls: { ca: certs.caCert } }).connect();
    try {
      expect(t.info).toMatchObject({ remote: `127.0.0.1:${port}`, host: '127.0.0.1', tls: true, authorized: true });
      expect(t.info.protocol).toBe('TLSv1.3');
      expect((await receive(t, 5)).toString()).toBe('hello');
    } finally {
      t.destroy();
    }
  });

  it('fails with a certificate error when the CA is not trusted (verification is on by default)', async () => {
    const { port } = await tlsServer();
    const err = await connectError({ host: '127.0.0.1', port });
    expect(err.kind).toBe('certificate');
    expect(err.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });

  it('connects without verification only when asked, and warns about it', async () => {
    const { port } = await tlsServer();
    const warnings: string[] = [];
    const t = await new Connector({
      host: '127.0.0.1',
      port,
      tls: { rejectUnauthorized: false },
      onWarning: (w) => warnings.push(w),
    }).connect();
    t.destroy();
    expect(t.info.authorized).toBe(false);
    expect(warnings).toEqual([expect.stringMatching(/certificate verification OFF/)]);
  });

  it('resolves the host name, connects to the address and sends the name as SNI', async () => {
    const { port, sni } = await tlsServer();
    const lookups: string[] = [];
    const t = await new Connector({
      host: 'localhost',
      port,
      tls: { ca: certs.caCert },
      lookup: async (h) => {
        lookups.push(h);
        return { address: '127.0.0.1', family: 4 };
      },
    }).connect();
    await receive(t, 5);
    t.destroy();
    expect(lookups).toEqual(['localhost']);
    expect(t.info).toMatchObject({ host: 'localhost', remote: `127.0.0.1:${port}` });
    expect(sni).toEqual(['localhost']);
  });

  it('checks the certificate against the host name, not the resolved address', async () => {
    // The certificate is valid for IP 127.0.0.1 but not for this name.
    const { port } = await tlsServer();
    const err = await connectError({ host: 'fix.example.test', port, tls: { ca: certs.caCert }, lookup: localhost });
    expect(err.kind).toBe('certificate');
    expect(err.code).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
  });

  it('sends no SNI and skips DNS for an IP literal host', async () => {
    const { port, sni } = await tlsServer();
    let lookups = 0;
    const t = await new Connector({
      host: '127.0.0.1',
      port,
      tls: { ca: certs.caCert },
      lookup: async () => {
        lookups++;
        return { address: '127.0.0.1', family: 4 };
      },
    }).connect();
    await receive(t, 5);
    t.destroy();
    expect(lookups).toBe(0);
    expect(sni).toEqual([false]);
  });

  it('resolves the host again on every connect and uses the fresh address', async () => {
    const { port } = await tlsServer();
    // 127.0.0.2 is loopback too, but nothing listens there: the first attempt must fail, the second succeed.
    const answers = ['127.0.0.2', '127.0.0.1', '127.0.0.1'];
    const lookups: string[] = [];
    const connector = new Connector({
      host: 'localhost',
      port,
      tls: { ca: certs.caCert },
      lookup: async (h) => {
        lookups.push(h);
        return { address: answers[lookups.length - 1] as string, family: 4 };
      },
    });
    const first = await connector.connect().catch((e: ConnectError) => e);
    expect((first as ConnectError).kind).toBe('refused');
    for (let i = 0; i < 2; i++) (await connector.connect()).destroy();
    expect(lookups).toEqual(['localhost', 'localhost', 'localhost']);
  });

  it('reports a failed lookup as a DNS error', async () => {
    const err = await connectError({
      host: 'nowhere.invalid',
      port: 4001,
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
      },
    });
    expect(err.kind).toBe('dns');
  });

  it('refuses a server that only speaks TLS 1.1', async () => {
    const old = { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' } as const;
    const { port } = await tlsServer(old);
    // The server really does speak TLS 1.1 to a client that allows it...
    const legacy = tls.connect({ host: '127.0.0.1', port, ca: certs.caCert, ...old });
    await new Promise<void>((resolve, reject) => legacy.once('secureConnect', resolve).once('error', reject));
    expect(legacy.getProtocol()).toBe('TLSv1.1');
    legacy.destroy();
    // ...and ours does not allow it.
    const err = await connectError({ host: '127.0.0.1', port, tls: { ca: certs.caCert } });
    expect(err.kind).toBe('tls');
  });

  it('presents a client certificate when configured', async () => {
    const server = await tlsServer({ ca: certs.caCert, requestCert: true, rejectUnauthorized: true });
    const t = await new Connector({
      host: 'localhost',
      port: server.port,
      lookup: localhost,
      tls: { ca: certs.caCert, cert: certs.clientCert, key: certs.clientKey },
    }).connect();
    expect((await receive(t, 5)).toString()).toBe('hello');
    t.destroy();
  });

  it('times out a server that accepts TCP but never completes the handshake', async () => {
    const port = await plainServer(() => undefined);
    const err = await connectError({ host: '127.0.0.1', port, tls: { ca: certs.caCert }, connectTimeoutMs: 200 });
    expect(err.kind).toBe('timeout');
  });
});

describe('Connector over plain TCP', () => {
  it('connects without TLS only when tls.enabled is false, with a warning', async () => {
    const port = await plainServer((s) => s.write('8=FIX.4.4'));
    const warnings: string[] = [];
    const t = await new Connector({
      host: '127.0.0.1',
      port,
      tls: { enabled: false },
      onWarning: (w) => warnings.push(w),
    }).connect();
    expect(t.info.tls).toBe(false);
    expect((await receive(t, 9)).toString()).toBe('8=FIX.4.4');
    t.destroy();
    expect(warnings).toEqual([expect.stringMatching(/plain TCP/)]);
  });

  it('speaks TLS by default, so a plain TCP server fails the connect', async () => {
    const port = await plainServer((s) => s.end('8=FIX.4.4\x019=5\x0135=0\x0110=000\x01'));
    const err = await connectError({ host: '127.0.0.1', port });
    expect(err.kind).toBe('tls');
    expect(err.code).toBe('ERR_SSL_WRONG_VERSION_NUMBER');
  });

  it('reports a refused connection', async () => {
    const port = await plainServer(() => undefined);
    await servers.pop()?.close();
    const err = await connectError({ host: '127.0.0.1', port, tls: { enabled: false } });
    expect(err.kind).toBe('refused');
  });
});

describe('Connector options', () => {
  it.each<[string, Partial<ConnectorOptions>, RegExp]>([
    ['an empty host', { host: '' }, /host must be a non-empty string/],
    ['port 0', { port: 0 }, /port must be an integer in 1\.\.65535/],
    ['a fractional timeout', { connectTimeoutMs: 1.5 }, /connectTimeoutMs/],
    ['TLS 1.1 as minimum', { tls: { minVersion: 'TLSv1.1' as never } }, /minVersion must be TLSv1\.2 or TLSv1\.3/],
    [
      'TLS settings with TLS disabled',
      { tls: { enabled: false, ca: 'x' } as never },
      /tls\.enabled is false but TLS settings/,
    ],
    ['a truthy non-boolean enabled', { tls: { enabled: 'yes' as never } }, /tls\.enabled must be true or false/],
    ['an IP address as servername', { tls: { servername: '10.0.0.1' } }, /servername must be a host name/],
    ['a certificate without its key', { tls: { cert: 'x' } }, /cert and tls\.key go together/],
  ])('refuses %s', (_name, bad, message) => {
    expect(() => new Connector({ host: 'h', port: 1, ...bad })).toThrow(message);
  });
});
