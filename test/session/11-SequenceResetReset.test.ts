// FIX session test case 11: SequenceReset-Reset (123=N or absent) is the disaster-recovery reset: its MsgSeqNum
// is ignored and the expected number becomes NewSeqNo; a NewSeqNo below the expected number gets Reject 373=5
// and changes nothing (spec 2.6, 2.7).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('11 SequenceResetReset', () => {
  const isld = useEchoServer();

  it("jumps the expected number forward to NewSeqNo, whatever the Reset's own MsgSeqNum", async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=4|34=7|36=25');
    await probe(c, 25, 2);
    c.send('35=4|34=1|36=50|123=N');
    await probe(c, 50, 3);
    await logout(c, 51, 4);
  });

  it('accepts a Reset to the number already expected as a no-op', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=4|34=2|36=2');
    await probe(c, 2, 2);
    c.send('35=4|34=9|36=3|123=N');
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('rejects with 373=5 a Reset whose NewSeqNo is below the expected number and keeps expecting the same number', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    c.send('35=4|34=1|36=2');
    await c.expect({ 35: '3', 34: '3', 45: '1', 372: '4', 373: '5' });
    await probe(c, 3, 4);
    c.send('35=4|34=1|36=1|123=N');
    await c.expect({ 35: '3', 34: '5', 45: '1', 372: '4', 373: '5' });
    await probe(c, 4, 6);
    await logout(c, 5, 7);
  });
});
