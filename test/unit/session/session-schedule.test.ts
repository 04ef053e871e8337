import { describe, expect, it } from 'vitest';
import {
  isStaleAfterDailyReset,
  KRAKEN_DAILY_RESET,
  nextDailyReset,
  previousDailyReset,
  Session,
  SessionState,
} from '../../../electron/fix/session/index.js';
import { MemoryMessageStore } from '../../../electron/fix/store/memory-store.js';
import { FakeClock } from './support/fake-clock.js';
import { FakeTransport } from './support/fake-transport.js';
import { makeSession, parseOut } from './support/harness.js';

const at = (iso: string): number => Date.parse(iso);

describe('daily reset schedule (UTC)', () => {
  it('puts the next Kraken reset at 22:00 UTC the same day before 22:00', () => {
    expect(nextDailyReset(at('2026-03-02T21:59:59.999Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-03-02T22:00:00Z'));
  });

  it('puts the next reset on the following day at and after 22:00', () => {
    expect(nextDailyReset(at('2026-03-02T22:00:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-03-03T22:00:00Z'));
    expect(nextDailyReset(at('2026-03-02T23:30:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-03-03T22:00:00Z'));
  });

  it('crosses midnight, month ends and year ends', () => {
    expect(nextDailyReset(at('2026-03-31T23:00:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-04-01T22:00:00Z'));
    expect(nextDailyReset(at('2026-12-31T22:30:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2027-01-01T22:00:00Z'));
    expect(nextDailyReset(at('2028-02-28T22:00:01Z'), KRAKEN_DAILY_RESET)).toBe(at('2028-02-29T22:00:00Z'));
  });

  it('is the same instant every day of the year, whatever the local daylight saving time', () => {
    // Europe and the US switch clocks in late March and October; UTC does not.
    for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-11-01']) {
      expect(nextDailyReset(at(`${day}T12:00:00Z`), KRAKEN_DAILY_RESET)).toBe(at(`${day}T22:00:00Z`));
    }
  });

  it('finds the latest reset at or before an instant', () => {
    expect(previousDailyReset(at('2026-03-02T22:00:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-03-02T22:00:00Z'));
    expect(previousDailyReset(at('2026-03-02T01:00:00Z'), KRAKEN_DAILY_RESET)).toBe(at('2026-03-01T22:00:00Z'));
  });

  it('supports a configurable time of day', () => {
    expect(nextDailyReset(at('2026-03-02T05:00:00Z'), { hourUtc: 5, minuteUtc: 30, secondUtc: 15 })).toBe(
      at('2026-03-02T05:30:15Z'),
    );
  });

  it('refuses an impossible time of day', () => {
    expect(() => nextDailyReset(0, { hourUtc: 24 })).toThrow(RangeError);
    expect(() => nextDailyReset(0, { hourUtc: 1, minuteUtc: 60 })).toThrow(RangeError);
  });

  it('calls a store created before the latest reset stale', () => {
    expect(isStaleAfterDailyReset(at('2026-03-02T21:00:00Z'), at('2026-03-02T22:30:00Z'), KRAKEN_DAILY_RESET)).toBe(
      true,
    );
    expect(isStaleAfterDailyReset(at('2026-03-02T22:10:00Z'), at('2026-03-02T22:30:00Z'), KRAKEN_DAILY_RESET)).toBe(
      false,
    );
  });
});

describe('the scheduled daily reset in a session', () => {
  function loggedOnInitiatorAt(clockStart: string) {
    const h = makeSession({ role: 'initiator', clockStart, dailyReset: KRAKEN_DAILY_RESET });
    h.send('35=A|98=0|108=30');
    h.take();
    return h;
  }

  it('logs out at 22:00 UTC, resets both numbers to 1 once down, and logs on again with 141=Y', () => {
    const h = loggedOnInitiatorAt('2026-03-02T21:59:00.000Z');
    h.send('35=0');
    h.clock.advance(59_999);
    h.take();
    expect(h.session.state).toBe(SessionState.Active);
    h.clock.advance(1);
    const [logout] = h.take();
    expect([logout?.type, logout?.get(58)]).toEqual(['5', 'Daily session reset']);
    expect(h.session.state).toBe(SessionState.LogoutSent);
    h.send('35=5');
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect([h.session.nextSenderSeq, h.session.nextTargetSeq]).toEqual([1, 1]);
    h.clock.advance(30_000); // Kraken's rollover window
    h.reconnect();
    const [logon] = h.take();
    expect([logon?.type, logon?.seq, logon?.get(141)]).toEqual(['A', 1, 'Y']);
  });

  it('resets at once when the rollover comes while disconnected, and the next Logon carries 141=Y', () => {
    const h = loggedOnInitiatorAt('2026-03-02T21:00:00.000Z');
    h.transport.peerClose();
    h.clock.advanceTo('2026-03-02T22:00:00.000Z');
    expect([h.session.nextSenderSeq, h.session.nextTargetSeq]).toEqual([1, 1]);
    h.reconnect();
    expect(h.take()[0]?.get(141)).toBe('Y');
  });

  it('does not carry 141=Y on a later logon after the reset logon succeeded', () => {
    const h = loggedOnInitiatorAt('2026-03-02T21:00:00.000Z');
    h.transport.peerClose();
    h.clock.advanceTo('2026-03-02T22:00:01.000Z');
    h.reconnect();
    h.take();
    h.send('35=A|34=1|98=0|108=30|141=Y');
    h.transport.peerClose();
    h.reconnect();
    expect(h.take()[0]?.get(141)).toBeUndefined();
  });

  it('resets a store that predates the last reset before logging on (the workstation was off across 22:00)', () => {
    const clock = new FakeClock('2026-03-02T21:50:00.000Z');
    const store = new MemoryMessageStore(() => new Date(clock.now()));
    store.setNextSenderSeq(40);
    store.setNextTargetSeq(30);
    clock.advanceTo('2026-03-03T08:00:00.000Z');
    const session = new Session({
      role: 'initiator',
      senderCompId: 'TW',
      targetCompId: 'ISLD',
      store,
      clock,
      dailyReset: KRAKEN_DAILY_RESET,
    });
    const t = new FakeTransport();
    session.connected(t);
    const logon = parseOut(t.written[0]!);
    expect([logon.seq, logon.get(141)]).toEqual([1, 'Y']);
    expect(store.nextTargetSeq).toBe(1);
  });

  it('keeps the numbers of a store created after the last reset', () => {
    const clock = new FakeClock('2026-03-02T22:10:00.000Z');
    const store = new MemoryMessageStore(() => new Date(clock.now()));
    store.setNextSenderSeq(40);
    const session = new Session({
      role: 'initiator',
      senderCompId: 'TW',
      targetCompId: 'ISLD',
      store,
      clock,
      dailyReset: KRAKEN_DAILY_RESET,
    });
    const t = new FakeTransport();
    session.connected(t);
    const logon = parseOut(t.written[0]!);
    expect([logon.seq, logon.get(141)]).toEqual([40, undefined]);
  });

  it('runs again the next day', () => {
    const h = loggedOnInitiatorAt('2026-03-02T21:00:00.000Z');
    expect(h.session.nextDailyResetAt).toBe(at('2026-03-02T22:00:00Z'));
    h.transport.peerClose();
    h.clock.advanceTo('2026-03-02T22:00:00.000Z');
    expect(h.session.nextDailyResetAt).toBe(at('2026-03-03T22:00:00Z'));
  });

  it('still runs when the machine slept through the instant', () => {
    const h = loggedOnInitiatorAt('2026-03-02T21:00:00.000Z');
    h.transport.peerClose();
    h.store.setNextSenderSeq(40);
    // A sleeping laptop: the wall clock jumps hours ahead while timers were not running.
    h.clock.advanceTo('2026-03-03T03:00:00.000Z');
    expect(h.session.nextSenderSeq).toBe(1);
  });
});
