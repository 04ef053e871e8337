// FIX session test case 2g: a PossDup message must carry OrigSendingTime (122). Without it the acceptor sends
// Reject 373=1 (required tag missing) naming 122, and the session goes on (spec 2.5, 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

// Session rules, not dictionary rules: they hold with and without message validation.
describe.each([true, false])('2g PossDupNoOrigSendingTime (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  it('rejects a PossDup resend without OrigSendingTime with 373=1 and 371=122, and does not echo it', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await orderEchoed(c, 3, 'ORD-3', 3);
    c.send(order(2, 'ORD-2', '43=Y|'));
    await c.expect({ 35: '3', 34: '4', 45: '2', 371: '122', 372: 'D', 373: '1' });
    await probe(c, 4, 5);
    await logout(c, 5, 6);
  });
});
