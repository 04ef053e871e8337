// Spec 2.4: a Heartbeat is due only when nothing has been sent for HeartBtInt; any outbound message resets that
// timer. Keeping the acceptor answering more often than HeartBtInt, it never needs to send a Heartbeat.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, orderEchoed } from './support/session-steps.js';

const HEARTBT_INT_S = 2;
/** Well inside HeartBtInt, so neither side ever goes HeartBtInt without sending. */
const PACE_MS = 300;

describe('4c OutboundTrafficDefersHeartbeat', () => {
  const isld = useEchoServer();

  it('sends no Heartbeat while its echoes keep going out more often than HeartBtInt', async () => {
    const c = await isld.connect();
    await logon(c, HEARTBT_INT_S);
    for (let seq = 2; seq <= 12; seq++) {
      await orderEchoed(c, seq, `ORD-${seq}`, seq);
      await sleep(PACE_MS);
    }
    await logout(c, 13, 13);
  });
});
