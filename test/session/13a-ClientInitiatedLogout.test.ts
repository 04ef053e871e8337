// FIX session test case 13a: we initiate the Logout; the acceptor answers with its own Logout and closes the
// connection, sending nothing else (spec 2.3).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, orderEchoed } from './support/session-steps.js';

describe('13a ClientInitiatedLogout', () => {
  const isld = useEchoServer();

  it('answers our Logout with a Logout and disconnects', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await logout(c, 3, 3);
  });
});
