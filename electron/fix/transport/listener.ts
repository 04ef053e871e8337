// Acceptor side (the embedded exchange simulator, tests): a TLS (default) or plain TCP server handing out one
// Transport per accepted connection. A client that fails the handshake is reported and dropped; the server keeps
// listening. Binds to loopback unless told otherwise.
import net from 'node:net';
import tls from 'node:tls';
import { SocketTransport, describeError } from './socket-transport.js';
import { TypedEmitter } from './typed-emitter.js';
import type { Transport } from './transport.js';

export interface TlsServerOptions {
  enabled?: true;
  key: string | Buffer;
  cert: string | Buffer;
  passphrase?: string;
  /** CA(s) for verifying client certificates (with requestCert). */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Ask for a client certificate and refuse clients without a valid one. */
  requestCert?: boolean;
  /** Default 'TLSv1.2'; nothing older is accepted. */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
}

export interface ListenerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 picks a free port (read it from listen()'s result). */
  port: number;
  tls?: TlsServerOptions | { enabled: false };
  /** A client that has not completed the TLS handshake by then is dropped (default 10 000 ms). */
  handshakeTimeoutMs?: number;
}

export interface ListenerEvents {
  connection(transport: Transport): void;
  /** A client failed the TLS handshake (not TLS at all, old protocol, bad certificate, timeout). */
  handshakeFailed(info: { remote: string; reason: string }): void;
  /** The server itself failed after listening. */
  error(err: Error): void;
}

export class Listener extends TypedEmitter<ListenerEvents> {
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  private readonly host: string;
  private readonly port: number;

  constructor(options: ListenerOptions) {
    super();
    const { tls: t } = options;
    this.host = options.host ?? '127.0.0.1';
    this.port = options.port;
    if (!Number.isInteger(this.port) || this.port < 0 || this.port > 65535) {
      throw new RangeError(`Listener: port must be an integer in 0..65535, got ${String(options.port)}`);
    }
    if (t === undefined) throw new TypeError('Listener: tls { key, cert } is required (or tls: { enabled: false })');
    if (t.enabled === false) {
      this.server = net.createServer((socket) => this.accept(socket, false));
    } else {
      if (!t.key || !t.cert) throw new TypeError('Listener: tls.key and tls.cert are required');
      for (const v of [t.minVersion, t.maxVersion]) {
        if (v !== undefined && v !== 'TLSv1.2' && v !== 'TLSv1.3') {
          throw new RangeError(`Listener: TLS versions must be TLSv1.2 or TLSv1.3, got ${String(v)}`);
        }
      }
      this.server = tls.createServer(
        {
          key: t.key,
          cert: t.cert,
          passphrase: t.passphrase,
          ca: t.ca,
          requestCert: t.requestCert ?? false,
          rejectUnauthorized: t.requestCert ?? false,
          minVersion: t.minVersion ?? 'TLSv1.2',
          ...(t.maxVersion !== undefined ? { maxVersion: t.maxVersion } : {}),
          handshakeTimeout: options.handshakeTimeoutMs ?? 10_000,
        },
        (socket) => this.accept(socket, true),
      );
      this.server.on('tlsClientError', (err: Error, socket: tls.TLSSocket) => {
        this.emit('handshakeFailed', { remote: remoteOf(socket), reason: describeError(err) });
      });
    }
    // Track raw sockets from the start, so close() also ends connections still in their handshake.
    this.server.on('connection', (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts listening; resolves with the bound address. */
  listen(): Promise<{ host: string; port: number }> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      this.server.once('error', onError);
      this.server.listen(this.port, this.host, () => {
        this.server.off('error', onError);
        this.server.on('error', (err: Error) => this.emit('error', err));
        resolve(this.address as { host: string; port: number });
      });
    });
  }

  get address(): { host: string; port: number } | undefined {
    const a = this.server.address();
    return a && typeof a === 'object' ? { host: a.address, port: a.port } : undefined;
  }

  /** Stops accepting and drops every connection, accepted or mid-handshake. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) {
        this.destroyAll();
        resolve();
        return;
      }
      this.server.close(() => resolve());
      this.destroyAll();
    });
  }

  private destroyAll(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  private accept(socket: net.Socket, secure: boolean): void {
    const s = socket as tls.TLSSocket;
    const transport = new SocketTransport(socket, {
      remote: remoteOf(socket),
      host: socket.remoteAddress ?? 'unknown',
      tls: secure,
      ...(secure ? { protocol: s.getProtocol() ?? undefined, authorized: s.authorized } : {}),
    });
    this.emit('connection', transport);
  }
}

function remoteOf(socket: net.Socket): string {
  return `${socket.remoteAddress ?? 'unknown'}:${socket.remotePort ?? 0}`;
}
