// FIX session test case 19: PossResend (97=Y) is the application's flag, not the session's. The message is new at
// the session level (it consumes its number), and the application drops it if it has seen its ClOrdID since
// logon, or processes it if not (QuickFIX 19a/19b).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

describe('19 PossResend', () => {
  const isld = useEchoServer();

  it('drops a PossResend order whose ClOrdID it has echoed, and echoes a PossResend order it has not seen', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-SEEN', 2);
    c.send(order(3, 'ORD-SEEN', '97=Y|'));
    const unseen = c.send(order(4, 'ORD-UNSEEN', '97=Y|'));
    await c.expectEcho(unseen, { 34: '3' });
    await probe(c, 5, 4);
    await logout(c, 6, 5);
  });
});
