// FIX session test case 6: when nothing arrives for HeartBtInt plus an allowance, the acceptor sends a
// TestRequest; answered, the session goes on; left unanswered for another interval, the link is dead and it
// disconnects (spec 2.4). HeartBtInt is 1 s so the scenario stays short.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { isPlainHeartbeat } from './support/fix-test-client.js';
import { present, satisfies } from './support/matchers.js';
import type { ReceivedMessage } from './support/received-message.js';
import { logon } from './support/session-steps.js';

const HEARTBT_INT_S = 1;
/** Protocol timing: silence of HeartBtInt + allowance (at most another HeartBtInt) triggers the TestRequest. */
const TEST_REQUEST_DUE_MS = 2 * HEARTBT_INT_S * 1000 + 1000;

const heartbeatOrLogout = (m: ReceivedMessage): boolean => isPlainHeartbeat(m) || m.msgType === '5';

describe('6 SendTestRequest', () => {
  const isld = useEchoServer();

  it('sends a TestRequest when we fall silent, carries on when it is answered, and disconnects when it is not', async () => {
    const c = await isld.connect();
    await logon(c, HEARTBT_INT_S);
    const first = await c.expect({ 35: '1', 112: present }, { skipHeartbeats: true, timeoutMs: TEST_REQUEST_DUE_MS });
    c.send(`35=0|34=2|112=${first.get(112)}`);
    const unique = satisfies(
      `a TestReqID other than ${first.get(112)}`,
      (v) => v !== undefined && v !== first.get(112),
    );
    await c.expect({ 35: '1', 112: unique }, { skipHeartbeats: true, timeoutMs: TEST_REQUEST_DUE_MS });
    await c.expectDisconnect({ allow: heartbeatOrLogout, timeoutMs: TEST_REQUEST_DUE_MS });
  });
});
