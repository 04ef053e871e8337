import { describe, it, expect, afterEach } from 'vitest';
import net from 'node:net';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { SocketTransport } from '../../../electron/fix/transport/socket-transport.js';
import type { Transport } from '../../../electron/fix/transport/transport.js';
import { disconnected, listenOn, receive, type TestServer } from './loopback.js';

const servers: Array<TestServer<net.Server>> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** A plain TCP server whose accepted sockets are handed to the test, and a client Transport connected to it. */
async function pair(serverOptions: net.ServerOpts = {}): Promise<{ client: Transport; peer: net.Socket }> {
  let gotPeer: (s: net.Socket) => void = () => undefined;
  const peerP = new Promise<net.Socket>((resolve) => (gotPeer = resolve));
  const s = await listenOn(net.createServer(serverOptions, (socket) => gotPeer(socket)));
  servers.push(s);
  const client = await new Connector({ host: '127.0.0.1', port: s.port, tls: { enabled: false } }).connect();
  return { client, peer: await peerP };
}

function readAll(socket: net.Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString()));
    socket.on('end', () => resolve(text));
  });
}

describe('SocketTransport', () => {
  it('delivers bytes that arrived before anyone subscribed', async () => {
    const { client, peer } = await pair();
    peer.write('8=FIX.4.4\x01');
    await new Promise((r) => setTimeout(r, 50));
    expect((await receive(client, 10)).toString()).toBe('8=FIX.4.4\x01');
    client.destroy();
  });

  it('writes bytes to the peer', async () => {
    const { client, peer } = await pair();
    const got = readAll(peer);
    expect(client.write(Buffer.from('35=0\x01'))).toBe(true);
    client.close();
    expect(await got).toBe('35=0\x01');
  });

  it('reports a peer half-close as the end of the connection after delivering its last bytes', async () => {
    const { client, peer } = await pair();
    const data = receive(client, 4);
    const reason = disconnected(client);
    peer.end('last');
    expect((await data).toString()).toBe('last');
    expect(await reason).toBe('peer closed the connection');
    expect(client.isOpen).toBe(false);
    expect(client.write(Buffer.from('x'))).toBe(false);
  });

  it('answers a peer half-close with its own FIN so the peer sees the connection end', async () => {
    const { client, peer } = await pair({ allowHalfOpen: true });
    client.on('rxData', () => undefined);
    const peerSawEnd = new Promise<void>((resolve) => peer.on('end', resolve));
    peer.on('data', () => undefined);
    peer.end();
    await peerSawEnd;
    expect(await disconnected(client)).toBe('peer closed the connection');
  });

  it('close() flushes queued bytes, sends FIN and reports a local close', async () => {
    const { client, peer } = await pair();
    client.on('rxData', () => undefined);
    const got = readAll(peer);
    client.write(Buffer.from('35=5\x01'));
    const reason = disconnected(client);
    client.close();
    expect(client.isOpen).toBe(false);
    expect(client.write(Buffer.from('late'))).toBe(false);
    expect(await got).toBe('35=5\x01');
    expect(await reason).toBe('closed locally');
  });

  it('close() destroys the socket when the peer never closes its side', async () => {
    let gotPeer: (s: net.Socket) => void = () => undefined;
    const peerP = new Promise<net.Socket>((resolve) => (gotPeer = resolve));
    const s = await listenOn(net.createServer({ allowHalfOpen: true }, (socket) => gotPeer(socket)));
    servers.push(s);
    const raw = net.connect({ host: '127.0.0.1', port: s.port });
    await new Promise((r) => raw.once('connect', r));
    const client = new SocketTransport(raw, { remote: 'x', host: 'x', tls: false }, { closeTimeoutMs: 100 });
    client.on('rxData', () => undefined);
    const peer = await peerP;
    peer.on('data', () => undefined);
    client.close();
    expect(await disconnected(client)).toMatch(/closed locally \(peer did not close within 100 ms\)/);
  });

  it('destroy() reports the given reason', async () => {
    const { client } = await pair();
    const reason = disconnected(client);
    client.destroy('heartbeat timeout');
    expect(await reason).toBe('heartbeat timeout');
  });

  it('reports a reset connection with the socket error', async () => {
    const { client, peer } = await pair();
    client.on('rxData', () => undefined);
    const reason = disconnected(client);
    peer.resetAndDestroy();
    expect(await reason).toMatch(/ECONNRESET/);
  });

  it('emits disconnected exactly once, and to a listener that subscribes afterwards', async () => {
    const { client } = await pair();
    const seen: string[] = [];
    client.on('disconnected', (r) => seen.push(`early:${r}`));
    const done = disconnected(client);
    client.destroy('bye');
    client.destroy('again');
    await done;
    const late = disconnected(client);
    client.on('disconnected', (r) => seen.push(`late:${r}`));
    await late;
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual(['early:bye', 'late:bye']);
  });
});
