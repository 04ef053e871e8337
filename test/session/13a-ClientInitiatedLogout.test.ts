// FIX session test case 13a: we initiate the Logout; the acceptor answers with its own Logout, sends nothing else,
// and closes the connection if we do not (spec 2.3; FIX test case 13b allows it to wait up to 10 s for us first).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { LOGOUT_WAIT_MS, logon, orderEchoed } from './support/session-steps.js';

describe('13a ClientInitiatedLogout', () => {
  const isld = useEchoServer();

  it('answers our Logout with a Logout and disconnects', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    c.send('35=5|34=3');
    await c.expect({ 35: '5', 34: '3' });
    await c.expectDisconnect({ timeoutMs: LOGOUT_WAIT_MS });
  });
});
