// Which session commands make sense in which phase: mirrors what main accepts (electron/host/session-connection.ts),
// so a trader is not offered a button main will refuse. Main still decides.
import type { SessionPhase } from '../../../../shared/session-status.js';
import type { SessionCommand } from './session-monitor.state.js';

export function commandAllowed(command: SessionCommand, phase: SessionPhase): boolean {
  switch (command) {
    case 'connect':
      return phase === 'disconnected';
    case 'disconnect':
      return phase !== 'disconnected';
    case 'reset':
      return phase === 'disconnected' || phase === 'reconnect-wait' || phase === 'connecting';
  }
}

/** Keyboard shortcuts within a focused session row. */
export const COMMAND_KEYS: Readonly<Record<string, SessionCommand>> = { c: 'connect', d: 'disconnect', r: 'reset' };
