// The trading session new orders go to (ui.activeSessionId). Sessions are named "<profile>-trading" and
// "<profile>-md"; orders go only to the former. Until the trader picks one, the first trading session main listed is
// used, so the ladder works even before the ticket has been opened.
import { useEffect, useMemo } from 'react';
import type { VenueKind } from '../../../../shared/domain/settings.js';
import type { SessionStatus } from '../../../../shared/session-status.js';
import { useWorkstationStore } from '../../state/store.js';

export const TRADING_SUFFIX = '-trading';

export function isTradingSession(id: string): boolean {
  return id.endsWith(TRADING_SUFFIX);
}

export interface TradingSession {
  /** The session orders go to, or null while none is configured. */
  readonly sessionId: string | null;
  readonly status: SessionStatus | undefined;
  /** Every trading session, in main's order (the picker shows when there is more than one). */
  readonly choices: readonly string[];
  /** The venue kind of the session's profile, when settings name it. */
  readonly venueKind: VenueKind | undefined;
}

export function useTradingSession(): TradingSession {
  const order = useWorkstationStore((s) => s.sessionOrder);
  const active = useWorkstationStore((s) => s.activeSessionId);
  const setActive = useWorkstationStore((s) => s.setActiveSession);
  const profiles = useWorkstationStore((s) => s.settings?.profiles);
  const choices = useMemo(() => order.filter(isTradingSession), [order]);
  const sessionId = active !== null && choices.includes(active) ? active : (choices[0] ?? null);
  const status = useWorkstationStore((s) => (sessionId === null ? undefined : s.sessions[sessionId]));

  useEffect(() => {
    if (sessionId !== null && sessionId !== active) setActive(sessionId);
  }, [sessionId, active, setActive]);

  const profileId = sessionId?.slice(0, -TRADING_SUFFIX.length);
  const venueKind = profiles?.find((p) => p.id === profileId)?.kind;
  return { sessionId, status, choices, venueKind };
}
