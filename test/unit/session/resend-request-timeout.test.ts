// Our own ResendRequest that the peer never answers: sent again after the resend timeout (2 x HeartBtInt by
// default) while the expected number does not move, a bounded number of times, then a Logout saying why.
import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, type Harness } from './support/harness.js';

const T = '20260302-12:00:00.000';

/** The peer stays alive (a Heartbeat every 10 s, numbered beyond the gap) but never fills the gap. */
function aliveFor(h: Harness, ms: number): void {
  for (let t = 0; t < ms; t += 10_000) {
    h.clock.advance(Math.min(10_000, ms - t));
    if (h.session.isConnected) h.send('35=0');
  }
}

const resendRequests = (h: Harness): Array<[string | undefined, string | undefined]> =>
  h
    .take()
    .filter((m) => m.type === '2')
    .map((m) => [m.get(7), m.get(16)]);

describe('an unanswered ResendRequest of ours', () => {
  it('is sent again when the peer has not answered within 2 x HeartBtInt', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    expect(resendRequests(h)).toEqual([['2', '0']]);
    aliveFor(h, 50_000);
    h.clock.advance(9_999);
    expect(resendRequests(h)).toEqual([]);
    h.clock.advance(1);
    expect(resendRequests(h)).toEqual([['2', '0']]);
    expect(h.eventTexts().join('\n')).toMatch(
      /ResendRequest FROM: 2 not answered in 60000 ms .*sending it again \(1 of 2\)/,
    );
  });

  it('logs out with the reason once the retries are used up and the gap never fills', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    aliveFor(h, 180_000);
    const out = h.take();
    expect(out.filter((m) => m.type === '2')).toHaveLength(3);
    const logout = out.find((m) => m.type === '5');
    expect(logout?.get(58)).toMatch(
      /ResendRequest for 2\.\.4 not answered after 3 attempt\(s\) 60000 ms apart: gap never filled/,
    );
    expect(h.session.state).toBe(SessionState.LogoutSent);
    expect(h.events.find((e) => e.name === 'logout')?.payload).toMatchObject({ initiatedBy: 'us' });
  });

  it('uses the configured timeout and number of retries', () => {
    const h = loggedOnAcceptor({ resendRequestTimeoutMs: 5_000, resendRequestRetries: 0 });
    h.send('35=0|34=5');
    h.take();
    h.clock.advance(5_000);
    const out = h.take();
    expect(out.filter((m) => m.type === '2')).toEqual([]);
    expect(out.map((m) => m.type)).toEqual(['5']);
    expect(h.session.state).toBe(SessionState.LogoutSent);
  });

  it('waits for ever with resendRequestTimeoutMs 0, as before the timeout existed', () => {
    const h = loggedOnAcceptor({ resendRequestTimeoutMs: 0 });
    h.send('35=0|34=5');
    aliveFor(h, 600_000);
    expect(resendRequests(h)).toEqual([['2', '0']]);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('starts the wait over while the peer is filling the gap, however slowly', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=8');
    expect(resendRequests(h)).toEqual([['2', '0']]);
    // One missing message every 50 s: never 60 s without progress.
    for (let seq = 2; seq <= 7; seq++) {
      h.clock.advance(50_000);
      h.send(`35=0|34=${seq}|43=Y|122=${T}`);
    }
    h.clock.advance(300_000);
    expect(resendRequests(h)).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(9);
    expect(h.session.isResending).toBe(false);
  });

  it('asks from the number still missing when the peer filled part of the gap and then stopped', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=6');
    h.take();
    h.clock.advance(10_000);
    h.send(`35=0|34=2|43=Y|122=${T}`);
    h.send(`35=0|34=3|43=Y|122=${T}`);
    aliveFor(h, 110_000);
    // 60 s: progress since the request (2 and 3 arrived), so it waits again; 120 s: nothing since, ask again.
    expect(resendRequests(h)).toEqual([['4', '0']]);
  });

  it('stops waiting once the gap is filled', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    h.take();
    h.clock.advance(20_000);
    h.send(`35=4|34=2|43=Y|122=${T}|123=Y|36=5`);
    expect(h.session.nextTargetSeq).toBe(6);
    aliveFor(h, 600_000);
    expect(resendRequests(h)).toEqual([]);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('never outlives its connection', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    h.take();
    h.transport.peerClose();
    h.clock.advance(600_000);
    expect(h.transport.written.filter((b) => b.includes('\x0135=2\x01'))).toHaveLength(1);
    expect(h.session.isResending).toBe(false);
  });
});
