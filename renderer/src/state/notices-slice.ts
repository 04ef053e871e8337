// Toasts: fills, rejects, book resyncs, session drops, as main announces them (notice stream) or a feature raises
// them (a refused command). Bounded; each disappears on its own unless it is an error.
import type { StateCreator } from 'zustand';
import type { Notice } from '../../../shared/ipc/streams.js';

export const MAX_NOTICES = 6;

export interface ShownNotice extends Notice {
  readonly id: number;
}

export interface NoticesSlice {
  readonly notices: readonly ShownNotice[];
  pushNotice(notice: Notice): void;
  dismissNotice(id: number): void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<NoticesSlice> = (set) => ({
  notices: [],
  pushNotice: (n) => set((s) => ({ notices: [...s.notices, { ...n, id: nextNoticeId++ }].slice(-MAX_NOTICES) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
