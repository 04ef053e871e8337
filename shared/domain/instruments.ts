// An instrument's trading rules as the venue publishes them (Kraken: SecurityList 35=y; FIX 4.4 venues: the
// profile's configuration). The ticket validates against these before anything is sent; main checks again.
import type { DecimalText } from './decimal-text.js';

export interface InstrumentInfo {
  /** Venue symbol as sent in tag 55, e.g. "BTC/USD". */
  readonly symbol: string;
  readonly base: string;
  readonly quote: string;
  /** Smallest price increment (5022 TickSize). */
  readonly tickSize: DecimalText;
  /** Smallest quantity increment (10^-QtyPrecision). */
  readonly lotSize: DecimalText;
  /** Minimum and maximum order quantity (5011, 5012). */
  readonly qtyMin: DecimalText;
  readonly qtyMax: DecimalText;
  /** Minimum price × quantity of a limit order, in quote currency (5013); "0" when the venue has none. */
  readonly costMin: DecimalText;
  readonly priceDecimals: number;
  readonly qtyDecimals: number;
  /** Trading status as the venue names it ("online", "cancel_only", "post_only", …). */
  readonly status: string;
}
