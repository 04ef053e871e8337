// FIX session test case 14a, validating acceptor: a tag number FIX 4.4 does not define gets a session Reject
// naming it (373=0 "invalid tag number" in QuickFIX; FIX 4.4 also has 3 "undefined tag" for it); the message
// consumed its number and the session goes on (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14a BadField', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects a Heartbeat carrying tag 4999 with 371=4999 and 373=0 or 3', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=0|34=2|4999=HI');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '4999', 372: '0', 373: anyOf('0', '3') });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
