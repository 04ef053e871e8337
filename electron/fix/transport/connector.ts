// Initiator side: one connect attempt per call, DNS resolved afresh each time. The socket goes to the resolved
// address while SNI and certificate checking use the configured host name, so a rotated IP never changes what is
// verified. Retrying is the Reconnector's job.
import dns from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import { classifyConnectError, ConnectError } from './connect-error.js';
import {
  validateConnectorOptions,
  type ConnectorOptions,
  type LookupFn,
  type TlsClientOptions,
} from './connector-options.js';
import { SocketTransport } from './socket-transport.js';
import type { Transport } from './transport.js';

const defaultLookup: LookupFn = (hostname) => dns.promises.lookup(hostname);

export class Connector {
  private readonly options: ConnectorOptions;
  private readonly lookup: LookupFn;

  constructor(options: ConnectorOptions) {
    validateConnectorOptions(options);
    this.options = { ...options };
    this.lookup = options.lookup ?? defaultLookup;
  }

  get target(): string {
    return `${this.options.host}:${this.options.port}`;
  }

  /** Resolves with an open Transport (TLS handshake and verification done) or rejects with a ConnectError. */
  connect(): Promise<Transport> {
    const { host, port } = this.options;
    const tlsOptions = this.options.tls?.enabled === false ? undefined : ((this.options.tls ?? {}) as TlsClientOptions);
    const timeoutMs = this.options.connectTimeoutMs ?? 10_000;
    this.warn(tlsOptions);

    return new Promise<Transport>((resolve, reject) => {
      let socket: net.Socket | undefined;
      let settled = false;
      const fail = (err: ConnectError): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket?.destroy();
        reject(err);
      };
      const timer = setTimeout(
        () => fail(new ConnectError('timeout', `connect to ${this.target} timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );

      this.resolveAddress(host).then(
        (address) => {
          if (settled) return;
          const s = tlsOptions ? this.openTls(address, tlsOptions) : net.connect({ host: address, port });
          socket = s;
          const onError = (err: Error): void => fail(classifyConnectError(err, this.target));
          const onClose = (): void =>
            fail(new ConnectError('network', `connect to ${this.target} failed: closed during the handshake`));
          s.once('error', onError);
          s.once('close', onClose);
          s.once(tlsOptions ? 'secureConnect' : 'connect', () => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            s.off('error', onError);
            s.off('close', onClose);
            const secure = tlsOptions ? (s as tls.TLSSocket) : undefined;
            resolve(
              new SocketTransport(s, {
                remote: `${address}:${port}`,
                host,
                tls: secure !== undefined,
                ...(secure ? { protocol: secure.getProtocol() ?? undefined, authorized: secure.authorized } : {}),
              }),
            );
          });
        },
        (err: Error) =>
          fail(new ConnectError('dns', `cannot resolve ${host}: ${err.message}`, undefined, { cause: err })),
      );
    });
  }

  private async resolveAddress(host: string): Promise<string> {
    if (net.isIP(host) !== 0) return host;
    const { address } = await this.lookup(host);
    return address;
  }

  private openTls(address: string, t: TlsClientOptions): tls.TLSSocket {
    const { host, port } = this.options;
    const servername = t.servername ?? (net.isIP(host) === 0 ? host : undefined);
    return tls.connect({
      host: address,
      port,
      // checkServerIdentity uses servername before host, so the certificate is checked against the name.
      ...(servername !== undefined ? { servername } : {}),
      ca: t.ca,
      cert: t.cert,
      key: t.key,
      passphrase: t.passphrase,
      rejectUnauthorized: t.rejectUnauthorized ?? true,
      minVersion: t.minVersion ?? 'TLSv1.2',
      ...(t.maxVersion !== undefined ? { maxVersion: t.maxVersion } : {}),
    });
  }

  private warn(t: TlsClientOptions | undefined): void {
    if (!t)
      this.options.onWarning?.(`connecting to ${this.target} over plain TCP: no encryption (tls.enabled is false)`);
    else if (t.rejectUnauthorized === false) {
      this.options.onWarning?.(
        `connecting to ${this.target} with TLS certificate verification OFF (rejectUnauthorized: false)`,
      );
    }
  }
}
