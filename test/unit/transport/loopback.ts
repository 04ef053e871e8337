// Helpers for transport tests over real loopback sockets.
import type net from 'node:net';
import type tls from 'node:tls';
import type { Transport } from '../../../electron/fix/transport/transport.js';

export interface TestServer<S extends net.Server> {
  server: S;
  port: number;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1, port 0; close() also destroys its open connections. */
export async function listenOn<S extends net.Server>(server: S): Promise<TestServer<S>> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s: tls.TLSSocket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Resolves with the reason of the transport's 'disconnected' event. */
export function disconnected(t: Transport): Promise<string> {
  return new Promise((resolve) => t.on('disconnected', resolve));
}

/** Collects rxData until `n` bytes arrived. */
export function receive(t: Transport, n: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let size = 0;
    t.on('rxData', (chunk) => {
      parts.push(chunk);
      size += chunk.length;
      if (size >= n) resolve(Buffer.concat(parts));
    });
  });
}
