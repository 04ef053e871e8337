// FIX session test case 7: a Reject from the counterparty is a sequenced message like any other: it consumes its
// number, is never answered with a Reject, and the session goes on (spec 2.5, 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('7 ReceiveRejectMessage', () => {
  const isld = useEchoServer();

  it('takes a Reject silently, counts its number and keeps the session', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=3|34=2|45=1|373=99|58=scenario reject');
    await probe(c, 3, 2);
    await logout(c, 4, 3);
  });
});
