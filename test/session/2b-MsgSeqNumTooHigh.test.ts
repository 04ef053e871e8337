// FIX session test case 2b: a MsgSeqNum above the expected one means messages were lost. The acceptor asks for
// them (ResendRequest 7=E) and must not act on anything past the gap until it is filled; then everything is
// processed exactly once, in sequence order (spec 2.5, N > E).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { anyOf } from './support/matchers.js';
import { logon, logout, order, orderEchoed, probe } from './support/session-steps.js';

describe('2b MsgSeqNumTooHigh', () => {
  const isld = useEchoServer();

  it('requests the missing orders, then echoes the resent ones and the early one once each, in order', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-A', 2);
    const b = c.loseInTransit(order(3, 'ORD-B'));
    const d = c.loseInTransit(order(4, 'ORD-C'));
    const e = c.send(order(5, 'ORD-D'));
    const resendRequest = await c.expect({ 35: '2', 34: '3', 7: '3', 16: anyOf('0', '4') });
    // 16=0 asks for everything from 3, so ORD-D comes again as a PossDup; whether the acceptor queued the first
    // ORD-D or dropped it, each order must be echoed exactly once.
    c.answerResendRequest(resendRequest);
    await c.expectEcho(b, { 34: '4' });
    await c.expectEcho(d, { 34: '5' });
    await c.expectEcho(e, { 34: '6' });
    await probe(c, 6, 7);
    await logout(c, 7, 8);
  });

  it('sends a single ResendRequest while the gap stays open, however many messages arrive past it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=0|34=5');
    const resendRequest = await c.expect({ 35: '2', 34: '2', 7: '2', 16: anyOf('0', '4') });
    c.send('35=0|34=6');
    c.send('35=1|34=7|112=PAST-THE-GAP');
    await c.expectNothingFor(700, 'no second ResendRequest and no answer to a TestRequest past an unfilled gap');
    c.answerResendRequest(resendRequest);
    if (resendRequest.get(16) !== '0') await c.expect({ 35: '0', 34: '3', 112: 'PAST-THE-GAP' });
    const next = resendRequest.get(16) === '0' ? 3 : 4;
    await probe(c, 8, next);
    await logout(c, 9, next + 1);
  });
});
