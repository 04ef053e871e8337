// FIX session test case 2d (and QuickFIX 3b_InvalidChecksum): a garbled message is discarded silently: no Reject,
// no Logout, and its MsgSeqNum is not consumed, so the same number sent again cleanly is processed (spec 2.1).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

describe('2d GarbledMessage', () => {
  const isld = useEchoServer();

  it('ignores a message with a wrong CheckSum and processes the clean resend of its number', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|112=BAD-CHECKSUM|10=256');
    await probe(c, 2, 2);
    c.send(`${order(3, 'ORD-BAD')}|10=256`);
    await orderEchoed(c, 3, 'ORD-GOOD', 3);
    await logout(c, 4, 4);
  });

  it('ignores a message with a malformed tag and processes the clean resend of its number', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|49garbled=TW|112=BAD-TAG', { omit: [49] });
    await probe(c, 2, 2);
    c.send(`${order(3, 'ORD-BAD')}|4x0=1`);
    await orderEchoed(c, 3, 'ORD-GOOD', 3);
    await logout(c, 4, 4);
  });

  it('asks for a garbled message once a later one shows the gap it left, and processes its resend', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    const intended = c.loseInTransit(order(3, 'ORD-3'));
    c.send(`${order(3, 'ORD-3')}|10=256`);
    c.send('35=0|34=4');
    const resendRequest = await c.expect({ 35: '2', 34: '3', 7: '3', 16: anyOf('0', '3') });
    c.answerResendRequest(resendRequest);
    await c.expectEcho(intended, { 34: '4' });
    await probe(c, 5, 5);
    await logout(c, 6, 6);
  });
});
