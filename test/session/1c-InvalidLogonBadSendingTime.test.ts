// FIX session test case 1c (QuickFIX 1d_InvalidLogonBadSendingTime): a Logon whose SendingTime is far from UTC
// now is a bad Logon (spec 2.8: SendingTime accuracy applies to every message). No session may start.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import type { ReceivedMessage } from './support/received-message.js';

const rejectOrLogout = (m: ReceivedMessage): boolean => m.msgType === '5' || (m.msgType === '3' && m.get(373) === '10');

describe('1c InvalidLogonBadSendingTime', () => {
  const isld = useEchoServer();

  it('refuses a Logon sent with a SendingTime years in the past by disconnecting', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|52=20010101-00:00:00|98=0|108=30');
    await c.expectDisconnect({ allow: rejectOrLogout });
  });
});
