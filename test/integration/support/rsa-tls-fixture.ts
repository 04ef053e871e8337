// Certificates for the QuickFIX interop tests, made at test time with the openssl CLI: a private CA and a server
// certificate for localhost / 127.0.0.1 signed by it, both RSA. test/support/tls-fixture.ts makes EC keys, which
// QuickFIX 1.15.1's SSL acceptor cannot load (it knows RSA and DSA only: "Unable to configure client certificate").
// Files stay on disk (QuickFIX reads paths); the PEM texts are for our Connector/Listener.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RsaTlsFixture {
  dir: string;
  caPath: string;
  certPath: string;
  keyPath: string;
  caCert: string;
  serverCert: string;
  serverKey: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Writes ca.crt, server.crt, server.key into `dir` (an existing, empty scratch directory). */
export function createRsaTlsFixture(dir: string): RsaTlsFixture {
  const rsa = ['-newkey', 'rsa:2048', '-nodes'];
  openssl(dir, [
    'req',
    '-x509',
    '-new',
    ...rsa,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=FIX Interop Test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl(dir, ['req', '-new', ...rsa, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost']);
  fs.writeFileSync(
    path.join(dir, 'server.ext'),
    'basicConstraints=CA:FALSE\nsubjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-out',
    'server.crt',
    '-extfile',
    'server.ext',
  ]);
  const p = (f: string): string => path.join(dir, f);
  const read = (f: string): string => fs.readFileSync(p(f), 'utf8');
  return {
    dir,
    caPath: p('ca.crt'),
    certPath: p('server.crt'),
    keyPath: p('server.key'),
    caCert: read('ca.crt'),
    serverCert: read('server.crt'),
    serverKey: read('server.key'),
  };
}
