// FIX session test case 1c: the first message on a connection is not a Logon. The acceptor must not start a
// session: it disconnects, at most after a Logout (spec 2.3), and never answers the message itself.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { isLogout, order } from './support/session-steps.js';

describe('1c NotLogonMessage', () => {
  const isld = useEchoServer();

  it('disconnects when the first message is a Heartbeat', async () => {
    const c = await isld.connect();
    c.send('35=0|34=1');
    await c.expectDisconnect({ allow: isLogout });
  });

  it('disconnects without echoing when the first message is a NewOrderSingle', async () => {
    const c = await isld.connect();
    c.send(order(1, 'NOT-LOGGED-ON'));
    await c.expectDisconnect({ allow: isLogout });
  });
});
