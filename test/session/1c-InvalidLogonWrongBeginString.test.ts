// FIX session test case 1c (QuickFIX 1d_InvalidLogonWrongBeginString): a Logon for another FIX version is a bad
// Logon: Logout/disconnect, never a Logon (spec 2.2: validate BeginString; spec 2.3).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { isLogout } from './support/session-steps.js';

describe('1c InvalidLogonWrongBeginString', () => {
  const isld = useEchoServer();

  it('refuses a FIX.4.2 Logon by disconnecting', async () => {
    const c = await isld.connect();
    c.send('8=FIX.4.2|35=A|34=1|98=0|108=30');
    await c.expectDisconnect({ allow: isLogout });
  });
});
