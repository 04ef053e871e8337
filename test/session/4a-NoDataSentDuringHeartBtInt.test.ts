// FIX session test case 4a: with nothing to send for HeartBtInt seconds, the acceptor sends a Heartbeat; each
// Heartbeat is a sequenced message (spec 2.4). HeartBtInt is 2 s so the scenario stays short.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { absent } from './support/matchers.js';
import { logon, logout } from './support/session-steps.js';

const HEARTBT_INT_S = 2;
/** Protocol timing: a Heartbeat is due HeartBtInt after the last message sent; 1 s of allowance on top. */
const DUE_MS = HEARTBT_INT_S * 1000 + 1000;

describe('4a NoDataSentDuringHeartBtInt', () => {
  const isld = useEchoServer();

  it('sends a Heartbeat within HeartBtInt + 1 s whenever it has sent nothing else', async () => {
    const c = await isld.connect();
    await logon(c, HEARTBT_INT_S);
    await c.expect({ 35: '0', 34: '2', 112: absent }, { timeoutMs: DUE_MS });
    c.send('35=0|34=2');
    await c.expect({ 35: '0', 34: '3', 112: absent }, { timeoutMs: DUE_MS });
    c.send('35=0|34=3');
    await logout(c, 4, 4);
  });
});
