// A self-signed certificate for 127.0.0.1/localhost, made with the openssl CLI for the TLS scenario. RSA rather
// than EC so the same certificate also serves QuickFIX 1.15's SSL acceptor in a reference run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCertificate {
  readonly cert: Buffer;
  readonly key: Buffer;
}

export function makeSelfSignedCertificate(dir: string): TestCertificate {
  const certPath = join(dir, 'cert.pem');
  const keyPath = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certPath,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  return { cert: readFileSync(certPath), key: readFileSync(keyPath) };
}
