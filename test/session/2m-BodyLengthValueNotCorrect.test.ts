// FIX session test case 2m: a message whose BodyLength does not match its body is garbled: dropped without a
// Reject and without consuming its MsgSeqNum (spec 2.1). An overstated BodyLength must not swallow the next,
// well-framed message.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

describe('2m BodyLengthValueNotCorrect', () => {
  const isld = useEchoServer();

  it('ignores an order whose BodyLength is too short and echoes the clean resend of its number', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send(`${order(2, 'ORD-SHORT')}|9=30`);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('ignores an order whose BodyLength is too long and echoes the clean message right behind it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send(`${order(2, 'ORD-LONG')}|9=400`);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
