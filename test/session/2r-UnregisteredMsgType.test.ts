// FIX session test case 2r: a valid FIX 4.4 application MsgType the application does not handle gets a
// BusinessMessageReject 380=3 (unsupported MsgType), not a session Reject (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { absent } from './support/matchers.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('2r UnregisteredMsgType', () => {
  const isld = useEchoServer();

  it('answers an ExecutionReport with BusinessMessageReject 372=8 380=3 and keeps the session', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=8|34=2|37=id|17=id|150=0|39=0|55=WLRI|54=1|151=100|14=0|6=0');
    await c.expect({ 35: 'j', 34: '2', 45: '2', 372: '8', 380: '3', 373: absent });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
