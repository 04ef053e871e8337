// The simulator's TLS server certificate: kept in a directory (cert.pem + key.pem) and generated there on first
// use, self-signed for localhost (DNS:localhost, IP:127.0.0.1), RSA 2048 (QuickFIX cannot load EC keys), valid one
// year. Clients trust cert.pem explicitly (as `ca`); verification is never turned off anywhere.
import fs from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface SimCertificate {
  cert: string;
  key: string;
  /** The file clients must trust. */
  certPath: string;
  keyPath: string;
  /** True when this call created the files. */
  generated: boolean;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

export async function loadOrCreateCertificate(dir: string): Promise<SimCertificate> {
  const certPath = path.resolve(dir, 'cert.pem');
  const keyPath = path.resolve(dir, 'key.pem');
  const [haveCert, haveKey] = await Promise.all([exists(certPath), exists(keyPath)]);
  if (haveCert && haveKey) {
    const [cert, key] = await Promise.all([fs.readFile(certPath, 'utf8'), fs.readFile(keyPath, 'utf8')]);
    return { cert, key, certPath, keyPath, generated: false };
  }
  if (haveCert !== haveKey) {
    throw new Error(`${dir} holds only one of cert.pem and key.pem; remove it or add the other`);
  }
  const notBefore = new Date();
  const notAfter = new Date(notBefore.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  await fs.mkdir(dir, { recursive: true });
  // The key is the simulator's own throwaway TLS key for loopback, not a user credential; owner-only permissions.
  await fs.writeFile(keyPath, pems.private, { mode: 0o600 });
  await fs.writeFile(certPath, pems.cert);
  return { cert: pems.cert, key: pems.private, certPath, keyPath, generated: true };
}
