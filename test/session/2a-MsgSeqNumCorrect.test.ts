// FIX session test case 2a: messages arriving with the expected MsgSeqNum are processed and the expected number
// moves on by one each time (spec 2.5, N == E).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, orderEchoed, probe } from './support/session-steps.js';

describe('2a MsgSeqNumCorrect', () => {
  const isld = useEchoServer();

  it('processes application and admin messages received in sequence, answering each in order', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    await probe(c, 3, 3);
    await orderEchoed(c, 4, 'ORD-4', 4);
    await orderEchoed(c, 5, 'ORD-5', 5);
    await logout(c, 6, 6);
  });
});
