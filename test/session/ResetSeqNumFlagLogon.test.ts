// ResetSeqNumFlag (141=Y) on Logon: both sides restart at 1, and the acceptor's Logon says so with 141=Y too
// (spec 2.3). The acceptor keeps its numbers across connections here (resetOnLogon false, file store), so the
// control case shows a plain Logon resuming them and the reset case cannot pass by accident.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import type { FixTestClient } from './support/fix-test-client.js';
import { logon, logout, probe } from './support/session-steps.js';
import { useTempDir } from './support/temp-dir.js';

/** A first connection that leaves both sides expecting 4 next. */
async function firstSession(c: FixTestClient): Promise<void> {
  await logon(c);
  await probe(c, 2, 2);
  await logout(c, 3, 3);
}

describe('ResetSeqNumFlag on Logon', () => {
  const store = useTempDir('fix-session-store');
  const isld = useEchoServer(() => ({ storeDir: store.path, resetOnLogon: false }));

  it("resumes both sides' sequence numbers on a Logon without ResetSeqNumFlag", async () => {
    await firstSession(await isld.connect());
    const c = await isld.connect();
    c.send('35=A|34=4|98=0|108=30');
    await c.expect({ 35: 'A', 34: '4', 98: '0', 108: '30' });
    await probe(c, 5, 5);
    await logout(c, 6, 6);
  });

  it('restarts both sides at 1 on a Logon 34=1 with 141=Y and answers with 141=Y', async () => {
    await firstSession(await isld.connect());
    const c = await isld.connect();
    c.send('35=A|34=1|98=0|108=30|141=Y');
    await c.expect({ 35: 'A', 34: '1', 98: '0', 108: '30', 141: 'Y' });
    await probe(c, 2, 2);
    await logout(c, 3, 3);
  });
});
