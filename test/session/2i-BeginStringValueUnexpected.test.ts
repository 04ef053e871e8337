// FIX session test case 2i: a message with a BeginString other than the session's ends the session: Logout
// referencing the BeginString, then disconnect, whether or not we answer the Logout (spec 2.2, 2.3).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon } from './support/session-steps.js';

// Session rules, not dictionary rules: they hold with and without message validation.
describe.each([true, false])('2i BeginStringValueUnexpected (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  it('logs out over a FIX.4.1 message and disconnects once we answer the Logout', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('8=FIX.4.1|35=1|34=2|112=WRONG-VERSION');
    await c.expect({ 35: '5', 34: '2', 58: /BeginString/i });
    c.send('35=5|34=3');
    await c.expectDisconnect();
  });

  it('logs out over a FIX.4.1 message and disconnects by itself when we never answer the Logout', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('8=FIX.4.1|35=1|34=2|112=WRONG-VERSION');
    await c.expect({ 35: '5', 34: '2', 58: /BeginString/i });
    await c.expectDisconnect({ timeoutMs: 10_000 });
  });
});
