// Initiator connection settings and their validation. TLS with certificate verification is the default; plain
// TCP and unverified TLS must be asked for explicitly (Kraken refuses plain TCP anyway).
import net from 'node:net';
import type tls from 'node:tls';

export interface TlsClientOptions {
  enabled?: true;
  /** Trusted CA(s) in PEM. Replaces Node's bundled roots (default) rather than adding to them. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** SNI and certificate name to check; default: `host` unless it is an IP literal. */
  servername?: string;
  /** Default true. false is for a venue's UAT only and is reported as a warning on every connect. */
  rejectUnauthorized?: boolean;
  /** Default 'TLSv1.2'; nothing older is accepted. */
  minVersion?: 'TLSv1.2' | 'TLSv1.3';
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
  /** Client certificate and key (PEM), for venues that require one. */
  cert?: string | Buffer;
  key?: string | Buffer;
  passphrase?: string;
}

export interface PlainTcpOptions {
  enabled: false;
}

export type LookupFn = (hostname: string) => Promise<{ address: string; family: number }>;

export interface ConnectorOptions {
  host: string;
  port: number;
  tls?: TlsClientOptions | PlainTcpOptions;
  /** Budget for DNS + TCP + TLS handshake (default 10 000 ms). */
  connectTimeoutMs?: number;
  /** Resolver, called on every connect (venues rotate addresses; Kraken's TTL is 5 min). Default dns.promises.lookup. */
  lookup?: LookupFn;
  /** Warnings about weakened security (verification off, plain TCP), one per connect. */
  onWarning?: (text: string) => void;
}

const TLS_VERSIONS: readonly tls.SecureVersion[] = ['TLSv1.2', 'TLSv1.3'];

export function validateConnectorOptions(o: ConnectorOptions): void {
  if (o === null || typeof o !== 'object') throw new TypeError('Connector: options are required');
  if (typeof o.host !== 'string' || o.host.trim() === '')
    throw new TypeError('Connector: host must be a non-empty string');
  if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535) {
    throw new RangeError(`Connector: port must be an integer in 1..65535, got ${String(o.port)}`);
  }
  const timeout = o.connectTimeoutMs;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 1)) {
    throw new RangeError(`Connector: connectTimeoutMs must be a positive integer, got ${String(timeout)}`);
  }
  if (o.lookup !== undefined && typeof o.lookup !== 'function')
    throw new TypeError('Connector: lookup must be a function');
  const t = o.tls;
  if (t === undefined) return;
  if (t === null || typeof t !== 'object') throw new TypeError('Connector: tls must be an object');
  if (t.enabled === false) {
    const extra = Object.keys(t).filter((k) => k !== 'enabled');
    if (extra.length > 0) {
      throw new TypeError(`Connector: tls.enabled is false but TLS settings were given (${extra.join(', ')})`);
    }
    return;
  }
  if (t.enabled !== undefined && t.enabled !== true) {
    throw new TypeError(`Connector: tls.enabled must be true or false, got ${String(t.enabled)}`);
  }
  for (const key of ['minVersion', 'maxVersion'] as const) {
    const v = t[key];
    if (v !== undefined && !TLS_VERSIONS.includes(v)) {
      throw new RangeError(`Connector: tls.${key} must be TLSv1.2 or TLSv1.3, got ${String(v)}`);
    }
  }
  if (t.rejectUnauthorized !== undefined && typeof t.rejectUnauthorized !== 'boolean') {
    throw new TypeError('Connector: tls.rejectUnauthorized must be a boolean');
  }
  if (t.servername !== undefined && (typeof t.servername !== 'string' || net.isIP(t.servername) !== 0)) {
    throw new TypeError('Connector: tls.servername must be a host name (SNI cannot carry an IP address)');
  }
  if ((t.cert === undefined) !== (t.key === undefined)) {
    throw new TypeError('Connector: tls.cert and tls.key go together');
  }
}
