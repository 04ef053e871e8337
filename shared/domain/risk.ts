// Pre-trade limits enforced in main (electron/risk/) and the kill switch. Every refusal names its rule and limit.
import type { DecimalText } from './decimal-text.js';

export interface InstrumentLimits {
  /** Largest quantity of one order, in base currency. */
  readonly maxOrderQty: DecimalText | null;
  /** Largest price × quantity of one order, in quote currency. */
  readonly maxNotional: DecimalText | null;
  /** A limit price may sit at most this far from the touch on the far side (percent)… */
  readonly priceBandPct: DecimalText | null;
  /** …and at most this many ticks. Both apply when both are set. */
  readonly priceBandTicks: number | null;
  /** Largest absolute position the order could lead to (position + working orders on its side + this order). */
  readonly maxPosition: DecimalText | null;
}

export interface AccountLimits {
  readonly maxOpenOrders: number | null;
  /** Orders (new + amend) per second, over a sliding one-second window. */
  readonly maxOrdersPerSecond: number | null;
  /** An order identical in session, symbol, side, type, quantity and price to one sent within this window is
   * refused as a probable double click; 0 turns the guard off. */
  readonly duplicateWindowMs: number;
}

export interface RiskLimits {
  readonly account: AccountLimits;
  /** Per symbol; "*" applies to every symbol without its own entry. */
  readonly instruments: Readonly<Record<string, InstrumentLimits>>;
}

export type RiskRule =
  | 'kill-switch'
  | 'max-order-qty'
  | 'max-notional'
  | 'price-band-pct'
  | 'price-band-ticks'
  | 'max-position'
  | 'max-open-orders'
  | 'order-rate'
  | 'duplicate-order'
  | 'no-market-price';

export interface RiskRefusal {
  readonly rule: RiskRule;
  /** The configured limit, as text ("5 BTC", "2 %", "10 orders/s"). */
  readonly limit: string;
  /** What this order would have done ("7.5 BTC"). */
  readonly actual: string;
  /** One sentence for the trader. */
  readonly message: string;
}

export interface KillSwitchState {
  readonly engaged: boolean;
  /** When it was last engaged or re-armed, and by whom. */
  readonly changedAt: number | null;
  readonly changedBy: string | null;
  /** Mass-cancel requests sent and their answers, per trading session, while engaged. */
  readonly cancels: readonly { readonly sessionId: string; readonly result: string }[];
}

export interface RiskState {
  readonly limits: RiskLimits;
  readonly killSwitch: KillSwitchState;
}
