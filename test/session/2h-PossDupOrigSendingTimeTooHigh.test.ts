// FIX session test case 2h (QuickFIX 2f_PossDupOrigSendingTimeTooHigh): OrigSendingTime later than SendingTime
// cannot be true: Reject 373=10 (SendingTime accuracy problem), then Logout (spec 2.5, 2.8).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, order, orderEchoed } from './support/session-steps.js';

// Session rules, not dictionary rules: they hold with and without message validation.
describe.each([true, false])('2h PossDupOrigSendingTimeTooHigh (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  it('rejects a PossDup resend whose OrigSendingTime is after its SendingTime with 373=10, then logs out', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await orderEchoed(c, 3, 'ORD-3', 3);
    c.send(order(2, 'ORD-2', '43=Y|122=<TIME+10>|'));
    await c.expect({ 35: '3', 34: '4', 45: '2', 372: 'D', 373: '10' });
    await c.expect({ 35: '5', 34: '5' });
    c.send('35=5|34=4');
    await c.expectDisconnect();
  });
});
