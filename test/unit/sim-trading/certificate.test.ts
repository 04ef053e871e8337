// The simulator's TLS certificate (electron/sim/tls/certificate.ts): generated once per directory, for localhost,
// RSA 2048 (QuickFIX cannot load EC keys), one year, then reused as is.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrCreateCertificate } from '../../../electron/sim/tls/certificate.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-cert-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('simulator certificate', () => {
  it('generates an RSA 2048 certificate for localhost and 127.0.0.1 valid for a year, then reuses it', async () => {
    const first = await loadOrCreateCertificate(path.join(dir, 'certs'));
    expect(first.generated).toBe(true);
    expect(first.certPath).toBe(path.join(dir, 'certs', 'cert.pem'));
    const x509 = new X509Certificate(first.cert);
    expect(x509.subject).toContain('CN=localhost');
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const key = createPrivateKey(first.key);
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(x509.checkPrivateKey(key)).toBe(true);
    const days = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / 86_400_000;
    expect(Math.round(days)).toBe(365);
    expect(fs.statSync(first.keyPath).mode & 0o077).toBe(0);

    const again = await loadOrCreateCertificate(path.join(dir, 'certs'));
    expect(again.generated).toBe(false);
    expect(again.cert).toBe(first.cert);
  });

  it('refuses a directory holding only one of the two files', async () => {
    const half = path.join(dir, 'half');
    fs.mkdirSync(half);
    fs.writeFileSync(path.join(half, 'cert.pem'), 'x');
    await expect(loadOrCreateCertificate(half)).rejects.toThrow(/only one of cert.pem and key.pem/);
  });
});
