// Which limits apply to a symbol: its own entry, else the "*" default, else none. An entry applies whole: a null in
// a symbol's own entry means no limit for that symbol, not "use the default's value". Looked up as own properties only,
// so a symbol named like an Object.prototype member ("constructor") can never pick up something that is not a limit.
import type { InstrumentLimits, RiskLimits } from '../../shared/domain/risk.js';

export const DEFAULT_SYMBOL_KEY = '*';

export const NO_INSTRUMENT_LIMITS: InstrumentLimits = Object.freeze({
  maxOrderQty: null,
  maxNotional: null,
  priceBandPct: null,
  priceBandTicks: null,
  maxPosition: null,
});

export function limitsFor(limits: RiskLimits, symbol: string): InstrumentLimits {
  const table = limits.instruments;
  if (Object.hasOwn(table, symbol)) return table[symbol] ?? NO_INSTRUMENT_LIMITS;
  if (Object.hasOwn(table, DEFAULT_SYMBOL_KEY)) return table[DEFAULT_SYMBOL_KEY] ?? NO_INSTRUMENT_LIMITS;
  return NO_INSTRUMENT_LIMITS;
}
