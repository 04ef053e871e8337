// What the ladder adds to the workstation's state: its own click quantity and row size per symbol, where the trader
// scrolled it to, the focused row, amends it dragged and is waiting on, and the answer to its last command. Prices
// are kept as text, not rows, so they survive a change of the rows' tick multiple.
import { create } from 'zustand';
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import type { Side } from '../../../../shared/domain/orders.js';

export interface PendingAmend {
  readonly orderKey: string;
  readonly side: Side;
  readonly fromPrice: DecimalText;
  readonly toPrice: DecimalText;
  /** updatedAt of the order view main answered the amend with; null until it answered. */
  readonly answeredAt: number | null;
}

export interface LadderFeedback {
  readonly level: 'ok' | 'warn' | 'error';
  readonly text: string;
  readonly at: number;
}

interface LadderState {
  readonly qtyBySymbol: Readonly<Record<string, string>>;
  readonly ticksBySymbol: Readonly<Record<string, number>>;
  /** Price at the ladder's centre, per symbol; absent: centre on the touch when the book arrives. */
  readonly centreBySymbol: Readonly<Record<string, DecimalText>>;
  readonly focusBySymbol: Readonly<Record<string, DecimalText>>;
  readonly pending: Readonly<Record<string, PendingAmend>>;
  readonly feedback: LadderFeedback | null;
  setQty(symbol: string, qty: string): void;
  setTicksPerRow(symbol: string, ticks: number): void;
  setCentre(symbol: string, price: DecimalText | null): void;
  setFocus(symbol: string, price: DecimalText): void;
  addPending(p: PendingAmend): void;
  answerPending(orderKey: string, updatedAt: number): void;
  dropPending(orderKey: string): void;
  setFeedback(level: LadderFeedback['level'], text: string): void;
}

function without<T>(rec: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next = { ...rec };
  delete next[key];
  return next;
}

export const useLadderStore = create<LadderState>()((set) => ({
  qtyBySymbol: {},
  ticksBySymbol: {},
  centreBySymbol: {},
  focusBySymbol: {},
  pending: {},
  feedback: null,
  setQty: (symbol, qty) => set((s) => ({ qtyBySymbol: { ...s.qtyBySymbol, [symbol]: qty } })),
  setTicksPerRow: (symbol, ticks) => set((s) => ({ ticksBySymbol: { ...s.ticksBySymbol, [symbol]: ticks } })),
  setCentre: (symbol, price) =>
    set((s) => ({
      centreBySymbol: price === null ? without(s.centreBySymbol, symbol) : { ...s.centreBySymbol, [symbol]: price },
    })),
  setFocus: (symbol, price) =>
    set((s) => (s.focusBySymbol[symbol] === price ? s : { focusBySymbol: { ...s.focusBySymbol, [symbol]: price } })),
  addPending: (p) => set((s) => ({ pending: { ...s.pending, [p.orderKey]: p } })),
  answerPending: (orderKey, updatedAt) =>
    set((s) => {
      const p = s.pending[orderKey];
      return p === undefined ? s : { pending: { ...s.pending, [orderKey]: { ...p, answeredAt: updatedAt } } };
    }),
  dropPending: (orderKey) => set((s) => (s.pending[orderKey] === undefined ? s : { pending: without(s.pending, orderKey) })),
  setFeedback: (level, text) => set({ feedback: { level, text, at: Date.now() } }),
}));
