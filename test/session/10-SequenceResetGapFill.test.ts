// FIX session test case 10: SequenceReset-GapFill (123=Y) is sequenced: its own MsgSeqNum gets the normal checks
// (too high -> ResendRequest, too low without PossDup -> Logout), then NewSeqNo moves the expected number forward;
// a NewSeqNo that would move it backwards gets Reject 373=5 (spec 2.7).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('10 SequenceResetGapFill', () => {
  const isld = useEchoServer();

  it('moves the expected MsgSeqNum to NewSeqNo when the GapFill carries the expected number', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=4|34=2|36=20|123=Y');
    await probe(c, 20, 2);
    await logout(c, 21, 3);
  });

  it('asks for the gap before a GapFill with a higher number, and applies nothing past it meanwhile', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=4|34=10|36=20|123=Y');
    const resendRequest = await c.expect({ 35: '2', 34: '2', 7: '2', 16: anyOf('0', '9') });
    c.send('35=1|34=20|112=PAST-THE-GAP');
    await c.expectNothingFor(700, 'a TestRequest past an unfilled gap is not answered yet');
    c.answerResendRequest(resendRequest);
    // Asked for 2-9 only, the acceptor holds 10 and 20 and now processes them; asked for all, it had them gap-filled.
    if (resendRequest.get(16) === '9') await c.expect({ 35: '0', 34: '3', 112: 'PAST-THE-GAP' });
    const next = resendRequest.get(16) === '9' ? 4 : 3;
    await probe(c, 21, next);
    await logout(c, 22, next + 1);
  });

  it('ignores a PossDup GapFill with a number already processed', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=4|34=1|43=Y|122=<TIME-1>|36=20|123=Y');
    await probe(c, 2, 2);
    await logout(c, 3, 3);
  });

  it('logs out and disconnects over a GapFill with a number already processed and no PossDup', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    c.send('35=4|34=1|36=20|123=Y');
    await c.expect({ 35: '5', 34: '3', 58: /too low/i });
    await c.expectDisconnect();
  });

  it('rejects with 373=5 a GapFill whose NewSeqNo is below the expected number, which still counts its own', async () => {
    const c = await isld.connect();
    await logon(c);
    await probe(c, 2, 2);
    await probe(c, 3, 3);
    c.send('35=4|34=4|36=2|123=Y');
    await c.expect({ 35: '3', 34: '4', 45: '4', 372: '4', 373: '5' });
    await probe(c, 5, 5);
    await logout(c, 6, 6);
  });
});
