// The same session over TLS: the acceptor serves a certificate we trust, and logon, echo and logout behave as on
// plain TCP (Kraken's FIX sessions are TLS only).
import { beforeEach, describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, orderEchoed, probe } from './support/session-steps.js';
import { useTempDir } from './support/temp-dir.js';
import { makeSelfSignedCertificate, type TestCertificate } from './support/tls-cert.js';

describe('TLS LogonOverTls', () => {
  const dir = useTempDir('fix-session-tls');
  let certificate: TestCertificate | null = null;
  beforeEach(() => {
    certificate = makeSelfSignedCertificate(dir.path);
  });
  const isld = useEchoServer(() => ({ tls: certificate! }));

  it('logs on, echoes an order, answers a TestRequest and logs out over TLS', async () => {
    const c = await isld.connect({ tls: { ca: certificate!.cert } });
    await logon(c);
    await orderEchoed(c, 2, 'ORD-TLS', 2);
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
