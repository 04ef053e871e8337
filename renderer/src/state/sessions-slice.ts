// Sessions as main last reported them, plus the state of the link to main. Only the bridge sync writes here;
// features read. Rows keep the order main listed them in; a session first seen in an event goes last.
import type { StateCreator } from 'zustand';
import type { SessionStatus } from '../../../shared/session-status.js';
import type { LinkState } from '../bridge/bridge.js';

export interface SessionsSlice {
  readonly sessions: Readonly<Record<string, SessionStatus>>;
  readonly sessionOrder: readonly string[];
  /** False until the first list arrived from main. */
  readonly sessionsLoaded: boolean;
  /** Why the list could not be read, when it could not. */
  readonly sessionsError: string | null;
  readonly link: LinkState;
  applyStatus(status: SessionStatus): void;
  replaceSessions(list: readonly SessionStatus[]): void;
  setSessionsError(reason: string): void;
  setLink(link: LinkState): void;
}

export const createSessionsSlice: StateCreator<SessionsSlice> = (set) => ({
  sessions: {},
  sessionOrder: [],
  sessionsLoaded: false,
  sessionsError: null,
  link: { phase: 'connecting', detail: null },
  applyStatus: (status) =>
    set((s) => ({
      sessions: { ...s.sessions, [status.id]: status },
      sessionOrder: s.sessionOrder.includes(status.id) ? s.sessionOrder : [...s.sessionOrder, status.id],
    })),
  replaceSessions: (list) =>
    set({
      sessions: Object.fromEntries(list.map((s) => [s.id, s])),
      sessionOrder: list.map((s) => s.id),
      sessionsLoaded: true,
      sessionsError: null,
    }),
  setSessionsError: (reason) => set({ sessionsError: reason }),
  setLink: (link) => set({ link }),
});
