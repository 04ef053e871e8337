// FIX session test case 1d (QuickFIX 1c_InvalidTargetCompID): a Logon addressed to another CompID is refused;
// the acceptor only ever speaks as its own CompID (spec 2.2: CompIDs are validated on receipt).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { isLogout } from './support/session-steps.js';

describe('1d InvalidLogonWrongTargetCompID', () => {
  const isld = useEchoServer();

  it('disconnects a Logon whose TargetCompID is not the acceptor', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|56=DLSI|98=0|108=30');
    await c.expectDisconnect({ allow: isLogout });
  });

  it('disconnects a Logon that has no TargetCompID', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|98=0|108=30', { omit: [56] });
    await c.expectDisconnect({ allow: isLogout });
  });
});
