// FIX session test case 4b: a TestRequest is answered at once by a Heartbeat echoing its TestReqID (spec 2.4).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout } from './support/session-steps.js';

describe('4b ReceivedTestRequest', () => {
  const isld = useEchoServer();

  it('answers each TestRequest with a Heartbeat carrying the same TestReqID, in order', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|112=HELLO');
    c.send('35=1|34=3|112=20260101-12:00:00.000 #2');
    await c.expect({ 35: '0', 34: '2', 112: 'HELLO' });
    await c.expect({ 35: '0', 34: '3', 112: '20260101-12:00:00.000 #2' });
    await logout(c, 4, 4);
  });
});
