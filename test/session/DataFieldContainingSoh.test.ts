// Spec 2.1: a data field (here RawData 96, sized by RawDataLength 95) may contain SOH and '='; its length tag, not
// the delimiter, says where it ends. A Logon carrying one is well-formed and must be accepted.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logout } from './support/session-steps.js';

describe('Data field containing SOH', () => {
  const isld = useEchoServer();

  it('accepts a Logon whose RawData holds SOH and = within its RawDataLength', async () => {
    const c = await isld.connect();
    c.send('35=A|34=1|98=0|108=30|95=7|96=ab\x01c=de');
    await c.expect({ 35: 'A', 34: '1', 98: '0', 108: '30' });
    await logout(c, 2, 2);
  });
});
