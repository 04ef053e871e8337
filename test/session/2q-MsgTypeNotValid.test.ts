// FIX session test case 2q: a MsgType that FIX 4.4 does not define gets Reject 373=11 (invalid MsgType); the
// message consumed its number and the session goes on (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('2q MsgTypeNotValid', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects MsgType * with 373=11 and keeps the session', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=*|34=2');
    await c.expect({ 35: '3', 34: '2', 45: '2', 372: '*', 373: '11' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
