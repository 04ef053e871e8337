// The pinned totals under the positions blotter: one row per quote currency, money columns summed exactly
// (positions in different quote currencies never add up, so each currency gets its own row). Quantities and prices
// of different instruments do not add up either, so those cells stay empty.
import { add, dec, text, ZERO, type Dec } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { PositionView } from '../../../../shared/domain/orders.js';

export const TOTAL_PREFIX = 'Total ';

export function quoteOf(symbol: string, instruments: Readonly<Record<string, InstrumentInfo>>): string {
  return instruments[symbol]?.quote ?? symbol.split('/')[1] ?? symbol;
}

export function isTotalRow(p: Pick<PositionView, 'symbol'>): boolean {
  return p.symbol.startsWith(TOTAL_PREFIX);
}

interface Sums {
  unrealised: Dec;
  realised: Dec;
  fees: Dec;
  marked: boolean;
}

export function positionTotals(
  positions: Iterable<PositionView>,
  instruments: Readonly<Record<string, InstrumentInfo>>,
): PositionView[] {
  const byQuote = new Map<string, Sums>();
  for (const p of positions) {
    const quote = quoteOf(p.symbol, instruments);
    const s = byQuote.get(quote) ?? { unrealised: ZERO, realised: ZERO, fees: ZERO, marked: false };
    if (p.unrealisedPnl !== null) {
      s.unrealised = add(s.unrealised, dec(p.unrealisedPnl));
      s.marked = true;
    }
    s.realised = add(s.realised, dec(p.realisedPnl));
    s.fees = add(s.fees, dec(p.fees));
    byQuote.set(quote, s);
  }
  return [...byQuote.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quote, s]) => ({
      symbol: `${TOTAL_PREFIX}${quote}`,
      qty: '',
      avgCost: null,
      realisedPnl: text(s.realised),
      unrealisedPnl: s.marked ? text(s.unrealised) : null,
      markPrice: null,
      fees: text(s.fees),
      updatedAt: 0,
    }));
}
