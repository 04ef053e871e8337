// FIX session test case 2e: a message below the expected MsgSeqNum with PossDupFlag=Y is a duplicate of one
// already processed: ignored, without Reject or Logout, and the expected number does not move (spec 2.5).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

describe('2e PossDupAlreadyReceived', () => {
  const isld = useEchoServer();

  it('ignores a PossDup TestRequest whose number was already processed', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    c.send('35=1|34=2|43=Y|122=<TIME>|112=DUPLICATE');
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('does not echo again a PossDup order whose number was already processed', async () => {
    const c = await isld.connect();
    await logon(c);
    const { sent } = await orderEchoed(c, 2, 'ORD-2', 2);
    c.send(order(2, 'ORD-2', `43=Y|122=${sent.sendingTime}|`));
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
