// FIX session test case 13b: a Logout arriving unprompted during the session is answered with a Logout and the
// connection closes; a Logout with a MsgSeqNum past a gap still ends the session, a ResendRequest being allowed
// first (spec 2.3, 2.5).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { LOGOUT_WAIT_MS, logon, probe } from './support/session-steps.js';

describe('13b UnsolicitedLogoutMessage', () => {
  const isld = useEchoServer();

  it('answers a Logout right after logon with a Logout and disconnects', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=5|34=2');
    await c.expect({ 35: '5', 34: '2' });
    await c.expectDisconnect({ timeoutMs: LOGOUT_WAIT_MS });
  });

  it('ends the session on a Logout whose MsgSeqNum is past a gap', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    c.send('35=5|34=6|58=going away');
    const first = await c.expect({ 35: anyOf('2', '5'), 34: '3' });
    if (first.msgType === '2') {
      await c.expect({ 35: '5', 34: '4' });
    }
    await c.expectDisconnect({ timeoutMs: LOGOUT_WAIT_MS });
  });
});
