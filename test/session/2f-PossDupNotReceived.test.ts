// FIX session test case 2f (QuickFIX 2e_PossDupNotReceived): PossDupFlag=Y on the expected MsgSeqNum means
// "maybe sent before", but this side never processed it, so it is processed normally (spec 2.5).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, order } from './support/session-steps.js';

describe('2f PossDupNotReceived', () => {
  const isld = useEchoServer();

  it('processes PossDup messages carrying the expected MsgSeqNum', async () => {
    const c = await isld.connect();
    await logon(c);
    const sent = c.send(order(2, 'ORD-2', '43=Y|122=<TIME-1>|'));
    await c.expectEcho(sent, { 34: '2' });
    c.send('35=1|34=3|43=Y|122=<TIME-1>|112=POSSDUP');
    await c.expect({ 35: '0', 34: '3', 112: 'POSSDUP' });
    await logout(c, 4, 4);
  });

  it('processes a PossDup order first sent ten minutes ago: accuracy applies to SendingTime, not OrigSendingTime', async () => {
    const c = await isld.connect();
    await logon(c);
    const sent = c.send(order(2, 'ORD-OLD', '43=Y|122=<TIME-600>|'));
    await c.expectEcho(sent, { 34: '2' });
    await logout(c, 3, 3);
  });
});
