// FIX session test case 2c: a MsgSeqNum below the expected one without PossDupFlag is a serious error: Logout
// saying so, then disconnect; no Reject (spec 2.5, N < E and 43 != Y).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, probe } from './support/session-steps.js';

describe('2c MsgSeqNumTooLow', () => {
  const isld = useEchoServer();

  it('logs out with a "MsgSeqNum too low" text and disconnects when a number is reused without PossDupFlag', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    await probe(c, 3, 3);
    await probe(c, 4, 4);
    c.send('35=0|34=2');
    await c.expect({ 35: '5', 34: '5', 58: /too low/i });
    await c.expectDisconnect();
  });
});
