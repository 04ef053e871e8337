// FIX session test case 1c: a Logon without HeartBtInt (108, required) is a bad Logon: no session starts; the
// acceptor may say why (Reject or Logout) before it disconnects, but never answers with a Logon (spec 2.3).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import type { ReceivedMessage } from './support/received-message.js';

const rejectOrLogout = (m: ReceivedMessage): boolean => m.msgType === '5' || m.msgType === '3';

describe('1c InvalidLogonMissingHeartBtInt', () => {
  const isld = useEchoServer();

  it('disconnects a Logon that has no HeartBtInt', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|98=0');
    await c.expectDisconnect({ allow: rejectOrLogout });
  });

  it('disconnects a Logon whose HeartBtInt is negative', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|98=0|108=-5');
    await c.expectDisconnect({ allow: rejectOrLogout });
  });
});
