// Open orders across every session as the risk panel summarises them: per session, then per symbol, the count by
// side, the quantity still working and its notional (leaves × limit price, exact decimals). Open means what risk in
// main counts: any order not in a terminal state.
import { add, mul, tryDec, ZERO, type Dec } from '../../../../shared/domain/decimal.js';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';

export interface SymbolExposure {
  readonly symbol: string;
  readonly buyCount: number;
  readonly sellCount: number;
  readonly buyQty: Dec;
  readonly sellQty: Dec;
  /** Σ leaves × price over orders with a limit price, in the quote currency. */
  readonly notional: Dec;
  /** Orders without a limit price (market, stop): not in the notional. */
  readonly unpriced: number;
}

export interface SessionExposure {
  readonly sessionId: string;
  readonly count: number;
  readonly symbols: readonly SymbolExposure[];
}

interface Acc {
  buyCount: number;
  sellCount: number;
  buyQty: Dec;
  sellQty: Dec;
  notional: Dec;
  unpriced: number;
}

export function openOrderExposure(orders: Iterable<OrderView>): SessionExposure[] {
  const bySession = new Map<string, Map<string, Acc>>();
  for (const o of orders) {
    if (isTerminalStatus(o.status)) continue;
    let symbols = bySession.get(o.sessionId);
    if (symbols === undefined) bySession.set(o.sessionId, (symbols = new Map()));
    let a = symbols.get(o.symbol);
    if (a === undefined) {
      a = { buyCount: 0, sellCount: 0, buyQty: ZERO, sellQty: ZERO, notional: ZERO, unpriced: 0 };
      symbols.set(o.symbol, a);
    }
    const leaves = tryDec(o.leavesQty) ?? ZERO;
    const price = o.price === null ? null : tryDec(o.price);
    if (o.side === 'buy') {
      a.buyCount++;
      a.buyQty = add(a.buyQty, leaves);
    } else {
      a.sellCount++;
      a.sellQty = add(a.sellQty, leaves);
    }
    if (price === null) a.unpriced++;
    else a.notional = add(a.notional, mul(leaves, price));
  }
  return [...bySession]
    .map(([sessionId, symbols]) => {
      const rows = [...symbols]
        .map(([symbol, a]) => ({ symbol, ...a }))
        .sort((x, y) => x.symbol.localeCompare(y.symbol));
      return { sessionId, count: rows.reduce((n, r) => n + r.buyCount + r.sellCount, 0), symbols: rows };
    })
    .sort((x, y) => x.sessionId.localeCompare(y.sessionId));
}
