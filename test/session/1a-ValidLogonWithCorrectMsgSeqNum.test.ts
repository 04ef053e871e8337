// FIX session test case 1a: a valid Logon with the expected MsgSeqNum is answered by a Logon (spec 2.3).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logout } from './support/session-steps.js';

describe('1a ValidLogonWithCorrectMsgSeqNum', () => {
  const isld = useEchoServer();

  it('answers Logon 34=1 with its own Logon 34=1 carrying the same HeartBtInt and no encryption', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|98=0|108=30');
    await c.expect({ 35: 'A', 34: '1', 98: '0', 108: '30' });
    await logout(c, 2, 2);
  });

  it('turns the CompIDs round for whatever client CompID logs on', async () => {
    const c = await isld.connect({ sender: 'BANZAI' });
    c.send('35=A|34=1|98=0|108=30');
    await c.expect({ 35: 'A', 34: '1', 49: 'ISLD', 56: 'BANZAI' });
    await logout(c, 2, 2);
  });
});
