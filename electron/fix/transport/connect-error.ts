// Why a connection attempt failed, in categories the session and the UI act on differently: a certificate problem
// will not fix itself by retrying, a refused or timed-out connect may.

export type ConnectFailure = 'dns' | 'timeout' | 'refused' | 'certificate' | 'tls' | 'network';

export class ConnectError extends Error {
  override readonly name = 'ConnectError';

  constructor(
    readonly kind: ConnectFailure,
    message: string,
    /** Node / OpenSSL error code when there is one, e.g. `UNABLE_TO_VERIFY_LEAF_SIGNATURE`. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CERTIFICATE_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export function classifyConnectError(err: Error, target: string): ConnectError {
  const code = (err as NodeJS.ErrnoException).code;
  let kind: ConnectFailure = 'network';
  if (code && (CERTIFICATE_CODES.has(code) || code.startsWith('ERR_TLS_CERT'))) kind = 'certificate';
  else if (code === 'ECONNREFUSED') kind = 'refused';
  else if (code && (code.startsWith('ERR_SSL_') || code === 'EPROTO')) kind = 'tls';
  else if (/before secure TLS connection/.test(err.message)) kind = 'tls';
  return new ConnectError(kind, `connect to ${target} failed (${kind}): ${err.message}`, code, { cause: err });
}
