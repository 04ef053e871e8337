// The Kraken initiator preset: the venue's documented protocol choices, checked through what a session built from
// it does on the wire.
import { describe, expect, it } from 'vitest';
import { KRAKEN_DAILY_RESET, KRAKEN_INITIATOR_PRESET, SessionState } from '../../../electron/fix/session/index.js';
import { makeSession, settle } from './support/harness.js';

const T = '20260302-12:00:00.000';

function krakenSession(): ReturnType<typeof makeSession> {
  const h = makeSession({ ...KRAKEN_INITIATOR_PRESET, clockStart: '2026-03-02T12:00:00.000Z' });
  return h;
}

describe('the Kraken initiator preset', () => {
  it('dials as the initiator and proposes HeartBtInt 60 in its Logon', () => {
    const h = krakenSession();
    const [logon] = h.take();
    expect([logon?.type, logon?.get(108)]).toEqual(['A', '60']);
    expect(h.session.state).toBe(SessionState.LogonSent);
  });

  it('answers a ResendRequest for its own orders with a gap fill, never a replayed order', async () => {
    const h = krakenSession();
    h.send('35=A|98=0|108=60');
    h.session.send('D', (enc) => enc.str(11, 'ORD-1').str(55, 'BTC/USD'));
    h.take();
    h.send('35=2|7=1|16=0');
    await settle();
    expect(h.take().map((m) => [m.type, m.seq, m.get(36)])).toEqual([['4', 1, '3']]);
  });

  it('asks for the missing messages before answering a Logout that reveals a gap', () => {
    const h = krakenSession();
    h.send('35=A|98=0|108=60');
    h.take();
    h.send('35=5|34=5|58=bye');
    expect(h.take().map((m) => m.type)).toEqual(['2']);
    expect(h.session.state).toBe(SessionState.Active);
    h.send(`35=4|34=2|43=Y|122=${T}|123=Y|36=5`);
    expect(h.take().map((m) => m.type)).toEqual(['5']);
  });

  it('schedules the daily reset at 22:00 UTC', () => {
    const h = krakenSession();
    expect(new Date(h.session.nextDailyResetAt).toISOString()).toBe('2026-03-02T22:00:00.000Z');
    expect(KRAKEN_INITIATOR_PRESET.dailyReset).toEqual(KRAKEN_DAILY_RESET);
  });

  it('rejects a SendingTime more than 120 s away from the clock, and accepts one 120 s away', () => {
    const h = krakenSession();
    h.send('35=A|98=0|108=60');
    h.take();
    h.send('35=0', { sendingTime: h.clock.now() - 120_000 });
    expect(h.take()).toEqual([]);
    h.send('35=0', { sendingTime: h.clock.now() - 120_001 });
    expect(h.take().map((m) => [m.type, m.get(373)])).toEqual([
      ['3', '10'],
      ['5', undefined],
    ]);
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(KRAKEN_INITIATOR_PRESET)).toBe(true);
    expect(Object.isFrozen(KRAKEN_INITIATOR_PRESET.dailyReset)).toBe(true);
  });
});
