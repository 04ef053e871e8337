import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession } from './support/harness.js';

function loggedOnInitiator(o: Parameters<typeof makeSession>[0] = {}) {
  const h = makeSession({ role: 'initiator', ...o });
  h.send('35=A|98=0|108=30');
  h.take();
  return h;
}

describe('logout', () => {
  it('we initiate: Logout out, LogoutSent, and the peer Logout completes the handshake', () => {
    const h = loggedOnInitiator();
    h.session.logout('end of day');
    expect(h.take().map((m) => [m.type, m.get(58)])).toEqual([['5', 'end of day']]);
    expect(h.session.state).toBe(SessionState.LogoutSent);
    h.send('35=5');
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect(h.transport.closedBy).toBe('close');
  });

  it('we initiate: disconnects when the peer does not answer within the logout timeout', () => {
    const h = loggedOnInitiator({ logoutTimeoutMs: 2000 });
    h.session.logout();
    h.clock.advance(1999);
    expect(h.session.state).toBe(SessionState.LogoutSent);
    h.clock.advance(1);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('refuses to send application messages once our Logout is out', () => {
    const h = loggedOnInitiator();
    h.session.logout();
    expect(() => h.session.send('D', (enc) => enc.str(11, 'X'))).toThrow(/LogoutSent/);
  });

  it('services a ResendRequest that arrives while waiting for the peer Logout', async () => {
    const h = loggedOnInitiator();
    h.session.logout();
    h.take();
    h.send('35=2|7=1|16=0');
    await Promise.resolve();
    await Promise.resolve();
    expect(h.take().map((m) => m.type)).toEqual(['4']);
    expect(h.session.state).toBe(SessionState.LogoutSent);
  });

  it('peer initiates, we are the initiator: answer Logout and disconnect', () => {
    const h = loggedOnInitiator();
    h.send('35=5|58=bye');
    expect(h.take().map((m) => m.type)).toEqual(['5']);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('peer initiates, we are the acceptor: answer Logout and leave the initiator a moment to close', () => {
    const h = loggedOnAcceptor({ logoutCloseDelayMs: 1000 });
    h.send('35=5');
    expect(h.take().map((m) => [m.type, m.seq])).toEqual([['5', 2]]);
    expect(h.session.state).toBe(SessionState.LogoutSent);
    h.transport.peerClose();
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('peer initiates, we are the acceptor: closes after the delay when the initiator does not', () => {
    const h = loggedOnAcceptor({ logoutCloseDelayMs: 1000 });
    h.send('35=5');
    h.clock.advance(1000);
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect(h.transport.closedBy).toBe('close');
  });

  it('answers a Logout that arrives beyond a gap at once by default', () => {
    const h = loggedOnAcceptor();
    h.send('35=5|34=6');
    expect(h.take().map((m) => m.type)).toEqual(['5']);
  });

  it('with resendBeforeLogout, asks for the gap first and answers the Logout once it is filled', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({
      resendBeforeLogout: true,
      application: { onAppMessage: (m) => void seen.push(m.getString(17) ?? '') },
    });
    h.send('35=5|34=4');
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([['2', '2']]);
    expect(h.session.state).toBe(SessionState.Active);
    h.send('35=8|34=2|43=Y|122=20260302-12:00:00.000|17=E2');
    h.send('35=8|34=3|43=Y|122=20260302-12:00:00.000|17=E3');
    expect(seen).toEqual(['E2', 'E3']);
    expect(h.take().map((m) => m.type)).toEqual(['5']);
  });

  it('with resendBeforeLogout, answers the held Logout when the gap is not filled in time', () => {
    const h = loggedOnAcceptor({ resendBeforeLogout: true, logoutTimeoutMs: 2000 });
    h.send('35=5|34=4');
    h.take();
    h.clock.advance(2000);
    expect(h.take().map((m) => m.type)).toEqual(['5']);
  });

  it('logout() before logon completes simply disconnects', () => {
    const h = makeSession({ role: 'initiator' });
    h.take();
    h.session.logout();
    expect(h.take()).toEqual([]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('tells the application when the session ends', () => {
    const reasons: string[] = [];
    const h = loggedOnAcceptor({
      application: { onAppMessage: () => undefined, onLogout: (_s, r) => void reasons.push(r) },
    });
    h.transport.peerClose();
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/peer closed/);
  });
});
