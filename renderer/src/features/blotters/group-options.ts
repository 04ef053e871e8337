// What each blotter can group by (community grouping, see grid/group-rows.ts).
import type { FillView, OrderView, PositionView } from '../../../../shared/domain/orders.js';
import type { GroupBy } from '../../grid/index.js';

export const ORDER_GROUPS: readonly GroupBy<OrderView>[] = [
  { id: 'symbol', label: 'Symbol', keyOf: (o) => o.symbol },
  { id: 'side', label: 'Side', keyOf: (o) => o.side.toUpperCase() },
  { id: 'session', label: 'Session', keyOf: (o) => o.sessionId },
];

export const FILL_GROUPS: readonly GroupBy<FillView>[] = [
  { id: 'symbol', label: 'Symbol', keyOf: (f) => f.symbol },
  { id: 'side', label: 'Side', keyOf: (f) => f.side.toUpperCase() },
  { id: 'session', label: 'Session', keyOf: (f) => f.sessionId },
  { id: 'liquidity', label: 'Liquidity', keyOf: (f) => f.liquidity },
];

/** Positions group by quote currency: the one grouping under which their money columns add up. */
export function positionGroups(quoteOf: (symbol: string) => string): readonly GroupBy<PositionView>[] {
  return [{ id: 'quote', label: 'Quote', keyOf: (p) => quoteOf(p.symbol) }];
}
