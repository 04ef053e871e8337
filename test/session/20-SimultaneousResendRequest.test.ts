// FIX session test case 20: both sides detect a gap at once. The acceptor must still answer our ResendRequest
// while its own is outstanding (else both wait forever), then carry on once we fill its gap (spec 2.5, 2.6).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logon, logout, orderEchoed, probe } from './support/session-steps.js';

describe('20 SimultaneousResendRequest', () => {
  const isld = useEchoServer();

  it('replays what we ask for while its own ResendRequest is open, then resumes in sequence', async () => {
    const c = await isld.connect();
    await logon(c);
    const { echo: echo2 } = await orderEchoed(c, 2, 'ORD-2', 2);
    const { echo: echo3 } = await orderEchoed(c, 3, 'ORD-3', 3);
    c.send('35=0|34=7');
    const resendRequest = await c.expect({ 35: '2', 34: '4', 7: '4', 16: anyOf('0', '6') });
    c.send('35=2|34=8|7=2|16=3');
    await c.expectResent(echo2);
    await c.expectResent(echo3);
    c.answerResendRequest(resendRequest);
    await probe(c, 9, 5);
    await logout(c, 10, 6);
  });
});
