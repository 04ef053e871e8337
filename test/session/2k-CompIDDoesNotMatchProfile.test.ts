// FIX session test case 2k: a message whose SenderCompID or TargetCompID does not match the session is not
// processed: Reject 373=9 (CompID problem), then Logout (spec 2.2).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, order } from './support/session-steps.js';

// Session rules, not dictionary rules: they hold with and without message validation.
describe.each([true, false])('2k CompIDDoesNotMatchProfile (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  const cases = [
    { wrong: 'SenderCompID', header: '49=WT|' },
    { wrong: 'TargetCompID', header: '56=DLSI|' },
    { wrong: 'SenderCompID and TargetCompID', header: '49=WT|56=DLSI|' },
  ];

  for (const { wrong, header } of cases) {
    it(`rejects an order with the wrong ${wrong} with 373=9 instead of echoing it, then logs out`, async () => {
      const c = await isld.connect();
      await logon(c);
      c.send(order(2, 'ORD-2', header));
      await c.expect({ 35: '3', 34: '2', 45: '2', 372: 'D', 373: '9' });
      await c.expect({ 35: '5', 34: '3' });
      c.send('35=5|34=3');
      await c.expectDisconnect();
    });
  }
});
