// FIX session test case 14c, validating acceptor: a FIX tag that does not belong to the message type gets
// Reject 373=2 naming it (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14c TagNotDefinedForMsgType', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects a Heartbeat carrying Symbol with 373=2 and 371=55', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=0|34=2|55=MSFT');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '55', 372: '0', 373: '2' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
