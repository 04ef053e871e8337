// What the trader is looking at: the active symbol every market panel follows, the trading session orders go to,
// and a prefill the ladder or a book click hands to the ticket. Renderer-only state.
import type { StateCreator } from 'zustand';
import type { DecimalText } from '../../../shared/domain/decimal-text.js';
import type { Side } from '../../../shared/domain/orders.js';

export interface TicketPrefill {
  readonly side?: Side;
  readonly price?: DecimalText;
  readonly qty?: DecimalText;
  /** Changes on every prefill so the ticket reacts even to the same values twice. */
  readonly nonce: number;
}

export interface UiSlice {
  readonly activeSymbol: string | null;
  /** The trading session new orders go to; null until sessions are known (the first trading session is used). */
  readonly activeSessionId: string | null;
  readonly ticketPrefill: TicketPrefill | null;
  setActiveSymbol(symbol: string): void;
  setActiveSession(sessionId: string): void;
  prefillTicket(p: Omit<TicketPrefill, 'nonce'>): void;
}

export const createUiSlice: StateCreator<UiSlice> = (set) => ({
  activeSymbol: null,
  activeSessionId: null,
  ticketPrefill: null,
  setActiveSymbol: (activeSymbol) => set({ activeSymbol }),
  setActiveSession: (activeSessionId) => set({ activeSessionId }),
  prefillTicket: (p) => set((s) => ({ ticketPrefill: { ...p, nonce: (s.ticketPrefill?.nonce ?? 0) + 1 } })),
});
