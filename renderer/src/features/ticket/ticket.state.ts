// The ticket's form as the trader is filling it in. A zustand store rather than component state so the form survives
// its tab being hidden, and so the hotkeys and the ladder's prefill can write to it without being in the tree.
// Orders themselves live in the orders slice (src/state); this holds only what the trader has not sent yet and the
// answer to the last send.
import { create } from 'zustand';
import type { OrderType, Side, TimeInForce } from '../../../../shared/domain/orders.js';
import type { RiskRefusal } from '../../../../shared/domain/risk.js';
import type { TicketPrefill } from '../../state/ui-slice.js';
import { needsPrice, postOnlyApplies } from './order-types.js';

export type TicketField = 'qty' | 'price' | 'trigger' | 'expiry';

/** The answer to the last send, with what was sent in words ("Buy 0.01 BTC/USD @ 64000.0 limit GTC"). */
export type SendResult =
  | { readonly kind: 'accepted'; readonly summary: string; readonly orderKey: string; readonly clOrdId: string; readonly at: number }
  | { readonly kind: 'rejected'; readonly summary: string; readonly reason: string; readonly refusal?: RiskRefusal; readonly at: number }
  | { readonly kind: 'timed-out'; readonly summary: string; readonly reason: string; readonly at: number };

export interface TicketForm {
  readonly side: Side;
  readonly type: OrderType;
  readonly qty: string;
  readonly price: string;
  readonly trigger: string;
  readonly tif: TimeInForce;
  /** GTD expiry as an <input type="datetime-local"> value (local wall-clock time). */
  readonly expiry: string;
  readonly postOnly: boolean;
  readonly reduceOnly: boolean;
}

interface TicketState extends TicketForm {
  /** Fields the trader has left once: their errors show from then on. */
  readonly touched: Readonly<Partial<Record<TicketField, boolean>>>;
  /** A send was tried: every error shows. */
  readonly attempted: boolean;
  readonly sending: boolean;
  readonly result: SendResult | null;
  /** Which field should take focus next (a hotkey or prefill moved the trader there); cleared once focused. */
  readonly focusRequest: { readonly field: TicketField | 'side'; readonly nonce: number } | null;
  update(patch: Partial<TicketForm>): void;
  touch(field: TicketField): void;
  setAttempted(): void;
  setSending(sending: boolean): void;
  setResult(result: SendResult | null): void;
  /** Escape: quantities, prices, flags and the last answer go; side, type and time in force stay. */
  clear(): void;
  /** Another instrument: its prices and lots mean nothing here. */
  resetForSymbol(): void;
  applyPrefill(p: TicketPrefill): void;
  requestFocus(field: TicketField | 'side'): void;
}

const EMPTY: Pick<TicketState, 'qty' | 'price' | 'trigger' | 'expiry' | 'postOnly' | 'reduceOnly' | 'touched' | 'attempted'> = {
  qty: '',
  price: '',
  trigger: '',
  expiry: '',
  postOnly: false,
  reduceOnly: false,
  touched: {},
  attempted: false,
};

let focusNonce = 0;

export const useTicketStore = create<TicketState>()((set) => ({
  side: 'buy',
  type: 'limit',
  tif: 'GTC',
  ...EMPTY,
  sending: false,
  result: null,
  focusRequest: null,
  update: (patch) =>
    set((s) => {
      const next = { ...s, ...patch };
      // A flag that no longer applies is dropped rather than sent silently ignored.
      return { ...patch, postOnly: next.postOnly && postOnlyApplies(next.type, next.tif) };
    }),
  touch: (field) => set((s) => (s.touched[field] === true ? s : { touched: { ...s.touched, [field]: true } })),
  setAttempted: () => set({ attempted: true }),
  setSending: (sending) => set({ sending }),
  setResult: (result) => set({ result }),
  clear: () => set({ ...EMPTY, result: null }),
  resetForSymbol: () => set({ qty: '', price: '', trigger: '', touched: {}, attempted: false }),
  applyPrefill: (p) =>
    set((s) => {
      const patch: { -readonly [K in keyof TicketState]?: TicketState[K] } = { attempted: false };
      if (p.side !== undefined) patch.side = p.side;
      if (p.qty !== undefined) patch.qty = p.qty;
      if (p.price !== undefined) {
        patch.price = p.price;
        // A price from the book means a priced order: a market ticket becomes a limit ticket.
        if (!needsPrice(s.type)) patch.type = 'limit';
      }
      return patch;
    }),
  requestFocus: (field) => set({ focusRequest: { field, nonce: ++focusNonce } }),
}));
