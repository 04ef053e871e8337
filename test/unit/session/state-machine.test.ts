import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { isLegalTransition } from '../../../electron/fix/session/session-state.js';
import { SessionStateMachine, type StateChange } from '../../../electron/fix/session/state-machine.js';

describe('session state machine', () => {
  function machine() {
    const changes: StateChange[] = [];
    const refused: string[] = [];
    const m = new SessionStateMachine(() => 1000, {
      changed: (c) => void changes.push(c),
      refused: (from, to, reason) => void refused.push(`${from}->${to} ${reason}`),
    });
    return { m, changes, refused };
  }

  it('starts Disconnected', () => {
    expect(machine().m.current).toBe(SessionState.Disconnected);
  });

  it('walks the initiator path and emits one state event per move', () => {
    const { m, changes } = machine();
    for (const s of [
      SessionState.Connecting,
      SessionState.LogonSent,
      SessionState.Active,
      SessionState.LogoutSent,
      SessionState.Disconnected,
    ]) {
      expect(m.transition(s, 'test')).toBe(true);
    }
    expect(changes.map((c) => `${c.from}->${c.to}`)).toEqual([
      'Disconnected->Connecting',
      'Connecting->LogonSent',
      'LogonSent->Active',
      'Active->LogoutSent',
      'LogoutSent->Disconnected',
    ]);
    expect(changes[0]).toMatchObject({ reason: 'test', at: 1000 });
  });

  it('walks the acceptor path', () => {
    const { m } = machine();
    expect(m.transition(SessionState.AwaitingLogon, 'connected')).toBe(true);
    expect(m.transition(SessionState.Active, 'logon')).toBe(true);
  });

  it('refuses an illegal move without throwing, records it, and stays put', () => {
    const { m, changes, refused } = machine();
    expect(m.transition(SessionState.Active, 'skip logon')).toBe(false);
    expect(m.current).toBe(SessionState.Disconnected);
    expect(changes).toEqual([]);
    expect(refused).toEqual(['Disconnected->Active skip logon']);
  });

  it('never lets a session leave Active except by logout or disconnect', () => {
    for (const to of Object.values(SessionState)) {
      const legal = to === SessionState.LogoutSent || to === SessionState.Disconnected;
      expect(isLegalTransition(SessionState.Active, to)).toBe(legal);
    }
  });

  it('treats staying in the same state as a no-op', () => {
    const { m, changes } = machine();
    expect(m.transition(SessionState.Disconnected, 'again')).toBe(true);
    expect(changes).toEqual([]);
  });
});
