// Keeps an initiator session connected through the transport's Reconnector: every new connection is handed to
// the session (which sends its Logon), a refused Logon makes the next attempt back off harder (hammering a venue
// with bad credentials can lock the key), except around the venue's daily reset, when refusals are expected.
import type { Reconnector } from '../transport/reconnector.js';
import { previousDailyReset } from './session-schedule.js';
import type { Session } from './session.js';
import { SessionState } from './session-state.js';

/** Refusals this soon after the daily reset instant are the rollover window, not bad credentials. */
const ROLLOVER_GRACE_MS = 120_000;

export interface InitiatorLink {
  /** Stop reconnecting, then log out (orderly) if logged on. */
  stop(text?: string): void;
}

export function runInitiator(session: Session, reconnector: Reconnector): InitiatorLink {
  reconnector.on('connected', (transport) => session.connected(transport));
  reconnector.on('connectFailed', (err) => session.disconnect(`connect failed: ${err.message}`));
  reconnector.on('reconnectScheduled', () => {
    // The reconnector may hear of a closed transport before the session does: let the session finish first.
    queueMicrotask(() => {
      if (session.state === SessionState.Disconnected) session.connecting();
    });
  });
  const off = session.on('logonRefused', ({ at }) => {
    const reset = session.o.dailyReset;
    const inRollover = reset !== undefined && at - previousDailyReset(at, reset) < ROLLOVER_GRACE_MS;
    if (!inRollover) reconnector.noteAuthFailure();
  });
  session.connecting();
  reconnector.start();
  return {
    stop(text?: string) {
      off();
      reconnector.stop();
      session.logout(text);
    },
  };
}
