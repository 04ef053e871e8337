// The renderer's one zustand store, composed of one slice per domain (sessions for now).
import { create } from 'zustand';
import { createSessionsSlice, type SessionsSlice } from './sessions-slice.js';

export type WorkstationState = SessionsSlice;

export const useWorkstationStore = create<WorkstationState>()((...a) => ({
  ...createSessionsSlice(...a),
}));
