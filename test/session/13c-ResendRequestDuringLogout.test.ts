// FIX session test case 13c: after sending a Logout the acceptor still services a ResendRequest that arrives
// before the Logout is confirmed (spec 2.3), then ends the session on our confirming Logout.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { present } from './support/matchers.js';
import { logon, orderEchoed } from './support/session-steps.js';

describe('13c ResendRequestDuringLogout', () => {
  const isld = useEchoServer();

  it('answers a ResendRequest sent after its Logout, then disconnects on our Logout', async () => {
    const c = await isld.connect();
    await logon(c);
    const { echo } = await orderEchoed(c, 2, 'ORD-2', 2);
    c.send('35=0|34=3|52=<TIME-121>');
    await c.expect({ 35: '3', 34: '3', 45: '3', 373: '10' });
    await c.expect({ 35: '5', 34: '4' });
    c.send('35=2|34=4|7=1|16=0');
    await c.expect({ 35: '4', 34: '1', 43: 'Y', 122: present, 123: 'Y', 36: '2' });
    await c.expectResent(echo);
    await c.expect({ 35: '4', 34: '3', 43: 'Y', 122: present, 123: 'Y', 36: '5' });
    c.send('35=5|34=5');
    await c.expectDisconnect();
  });
});
