// FIX session test case 1e (QuickFIX 1b_DuplicateIdentity): one session per CompID pair. A second Logon for a
// pair that is already logged on is refused, and the first session carries on untouched; a different client
// CompID is a different session and logs on alongside.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { isLogout, logon, logout, probe } from './support/session-steps.js';

describe('1e DuplicateIdentity', () => {
  const isld = useEchoServer();

  it('disconnects a second connection logging on as a CompID that is already logged on', async () => {
    const first = await isld.connect();
    await logon(first);
    const second = await isld.connect();
    second.send('35=A|34=1|98=0|108=30');
    await second.expectDisconnect({ allow: isLogout });
    await probe(first, 2, 2);
    await logout(first, 3, 3);
  });

  it('logs on a second client CompID while the first is logged on, each with its own sequence numbers', async () => {
    const tw = await isld.connect();
    await logon(tw);
    await probe(tw, 2, 2);
    const other = await isld.connect({ sender: 'TW2' });
    await logon(other);
    await probe(other, 2, 2);
    await probe(tw, 3, 3);
    await logout(other, 3, 3);
    await logout(tw, 4, 4);
  });
});
