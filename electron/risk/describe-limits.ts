// Limits in words, for the audit trail when limits change and for logs: "BTC/USD: order ≤ 5 BTC, notional ≤
// 500000 USD, band 5 %, position ≤ 20 BTC".
import type { AccountLimits, InstrumentLimits, RiskLimits } from '../../shared/domain/risk.js';
import { DEFAULT_SYMBOL_KEY } from './instrument-limits.js';
import { amount, unitsFor } from './rule.js';

export function describeInstrumentLimits(symbol: string, l: InstrumentLimits): string {
  const u = unitsFor(symbol);
  const parts: string[] = [];
  if (l.maxOrderQty !== null) parts.push(`order ≤ ${amount(l.maxOrderQty, u.base)}`);
  if (l.maxNotional !== null) parts.push(`notional ≤ ${amount(l.maxNotional, u.quote)}`);
  if (l.priceBandPct !== null) parts.push(`band ${l.priceBandPct} %`);
  if (l.priceBandTicks !== null) parts.push(`band ${l.priceBandTicks} ticks`);
  if (l.maxPosition !== null) parts.push(`position ≤ ${amount(l.maxPosition, u.base)}`);
  const name = symbol === DEFAULT_SYMBOL_KEY ? 'other symbols' : symbol;
  return `${name}: ${parts.length === 0 ? 'no limits' : parts.join(', ')}`;
}

export function describeAccountLimits(a: AccountLimits): string {
  const open = a.maxOpenOrders === null ? 'no open-order limit' : `≤ ${a.maxOpenOrders} open orders`;
  const rate = a.maxOrdersPerSecond === null ? 'no rate limit' : `≤ ${a.maxOrdersPerSecond} orders/s`;
  const dup = a.duplicateWindowMs === 0 ? 'duplicate guard off' : `duplicates refused within ${a.duplicateWindowMs} ms`;
  return `account: ${open}, ${rate}, ${dup}`;
}

/** One line for the account, then one per symbol ("*" last). */
export function describeLimits(limits: RiskLimits): string[] {
  const symbols = Object.keys(limits.instruments).sort((a, b) =>
    a === DEFAULT_SYMBOL_KEY ? 1 : b === DEFAULT_SYMBOL_KEY ? -1 : a.localeCompare(b),
  );
  const lines = [describeAccountLimits(limits.account)];
  for (const s of symbols) {
    const l = limits.instruments[s];
    if (l !== undefined) lines.push(describeInstrumentLimits(s, l));
  }
  return lines;
}
