// FIX session test case 2o: SendingTime further from UTC now than the tolerance (QuickFIX's MaxLatency default,
// 120 s) gets Reject 373=10 and Logout; a SendingTime inside it is accepted (spec 2.8).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout } from './support/session-steps.js';

// Session rules, not dictionary rules: they hold with and without message validation.
describe.each([true, false])('2o SendingTimeValueOutOfRange (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  for (const [when, token] of [
    ['121 s in the past', '<TIME-121>'],
    ['121 s in the future', '<TIME+121>'],
  ] as const) {
    it(`rejects a Heartbeat with a SendingTime ${when} with 373=10, then logs out`, async () => {
      const c = await isld.connect();
      await logon(c);
      c.send(`35=0|34=2|52=${token}`);
      await c.expect({ 35: '3', 34: '2', 45: '2', 372: '0', 373: '10' });
      await c.expect({ 35: '5', 34: '3' });
      c.send('35=5|34=3');
      await c.expectDisconnect();
    });
  }

  it('accepts a TestRequest with a SendingTime 60 s old', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|52=<TIME-60>|112=SLIGHTLY-LATE');
    await c.expect({ 35: '0', 34: '2', 112: 'SLIGHTLY-LATE' });
    await logout(c, 3, 3);
  });
});
