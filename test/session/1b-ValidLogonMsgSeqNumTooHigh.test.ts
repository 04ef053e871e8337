// FIX session test case 1b: a Logon whose MsgSeqNum is above the expected one is accepted, and the acceptor then
// asks for the missing messages (spec 2.3: "if too high, send ResendRequest after the logon completes").
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logout, probe } from './support/session-steps.js';

describe('1b ValidLogonMsgSeqNumTooHigh', () => {
  const isld = useEchoServer();

  it('logs on, then sends ResendRequest 7=1 for the messages before the Logon, and carries on once they are gap-filled', async () => {
    const c = await isld.connect();
    c.send('35=A|34=5|98=0|108=30');
    await c.expect({ 35: 'A', 34: '1', 98: '0', 108: '30' });
    const resendRequest = await c.expect({ 35: '2', 34: '2', 7: '1', 16: anyOf('0', '4') });
    // Numbers 1-4 were never sent and 5 was the Logon: one GapFill 34=1 36=6 answers it.
    c.answerResendRequest(resendRequest);
    await probe(c, 6, 3);
    await logout(c, 7, 4);
  });
});
