import { describe, expect, it } from 'vitest';
import { MemoryMessageStore } from '../../../electron/fix/store/memory-store.js';
import { Reconnector } from '../../../electron/fix/transport/reconnector.js';
import { KRAKEN_DAILY_RESET, runInitiator, Session, SessionState } from '../../../electron/fix/session/index.js';
import { FakeClock } from './support/fake-clock.js';
import { FakeTransport } from './support/fake-transport.js';
import { parseOut, Peer, settle } from './support/harness.js';

function setup(clockStart = '2026-03-02T12:00:00.000Z') {
  const clock = new FakeClock(clockStart);
  const transports: FakeTransport[] = [];
  const reconnector = new Reconnector({
    connect: () => {
      const t = new FakeTransport();
      transports.push(t);
      return Promise.resolve(t);
    },
    clock,
    random: () => 0.5,
    authFailurePenaltyMs: 30_000,
  });
  const store = new MemoryMessageStore(() => new Date(clock.now()));
  const session = new Session({
    role: 'initiator',
    senderCompId: 'TW',
    targetCompId: 'KRAKEN-TRD',
    store,
    clock,
    dailyReset: KRAKEN_DAILY_RESET,
  });
  const peer = new Peer(clock, 'KRAKEN-TRD', 'TW');
  const delays: number[] = [];
  reconnector.on('reconnectScheduled', (d) => void delays.push(d));
  return { clock, transports, reconnector, session, peer, delays };
}

describe('running an initiator through the reconnector', () => {
  it('hands every new connection to the session, which logs on', async () => {
    const s = setup();
    const link = runInitiator(s.session, s.reconnector);
    await settle();
    expect(s.transports).toHaveLength(1);
    expect(parseOut(s.transports[0]!.written[0]!).type).toBe('A');
    expect(s.session.state).toBe(SessionState.LogonSent);
    s.transports[0]!.deliver(s.peer.build('35=A|98=0|108=30'));
    expect(s.session.state).toBe(SessionState.Active);
    link.stop();
    expect(s.session.state).toBe(SessionState.LogoutSent);
  });

  it('reconnects after the connection drops and logs on again', async () => {
    const s = setup();
    runInitiator(s.session, s.reconnector);
    await settle();
    s.transports[0]!.deliver(s.peer.build('35=A|98=0|108=30'));
    s.transports[0]!.peerClose();
    await settle();
    expect(s.session.state).toBe(SessionState.Connecting);
    s.clock.advance(s.delays.at(-1)!);
    await settle();
    expect(s.transports).toHaveLength(2);
    expect(s.session.state).toBe(SessionState.LogonSent);
  });

  it('backs off harder after a refused logon', async () => {
    const s = setup();
    runInitiator(s.session, s.reconnector);
    await settle();
    s.transports[0]!.deliver(s.peer.build('35=5|58=Invalid signature'));
    await settle();
    expect(s.delays.at(-1)!).toBeGreaterThanOrEqual(30_000);
  });

  it('does not count a logon refused during the daily rollover window as an authentication failure', async () => {
    const s = setup('2026-03-02T22:00:10.000Z');
    runInitiator(s.session, s.reconnector);
    await settle();
    s.transports[0]!.deliver(s.peer.build('35=5|58=Rollover in progress'));
    await settle();
    expect(s.delays.at(-1)!).toBeLessThan(30_000);
  });
});
