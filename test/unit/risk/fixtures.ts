// Builders for the risk tests: an order, its context and limits with every limit off unless the test sets it, so
// each test shows exactly the limit it is about.
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { OrderView } from '../../../shared/domain/orders.js';
import type { AccountLimits, InstrumentLimits, RiskLimits } from '../../../shared/domain/risk.js';
import type { CandidateOrder, RiskContext } from '../../../electron/risk/candidate.js';
import { NO_INSTRUMENT_LIMITS } from '../../../electron/risk/instrument-limits.js';

export const BTC: InstrumentInfo = {
  symbol: 'BTC/USD',
  base: 'BTC',
  quote: 'USD',
  tickSize: '0.1',
  lotSize: '0.00000001',
  qtyMin: '0.00005',
  qtyMax: '10000',
  costMin: '0.5',
  priceDecimals: 1,
  qtyDecimals: 8,
  status: 'online',
};

export const NO_ACCOUNT_LIMITS: AccountLimits = { maxOpenOrders: null, maxOrdersPerSecond: null, duplicateWindowMs: 0 };

export function limits(
  instruments: Record<string, Partial<InstrumentLimits>>,
  account: Partial<AccountLimits> = {},
): RiskLimits {
  const table: Record<string, InstrumentLimits> = {};
  for (const [symbol, l] of Object.entries(instruments)) table[symbol] = { ...NO_INSTRUMENT_LIMITS, ...l };
  return { account: { ...NO_ACCOUNT_LIMITS, ...account }, instruments: table };
}

export function order(o: Partial<CandidateOrder> = {}): CandidateOrder {
  return {
    sessionId: 'demo-trading',
    symbol: 'BTC/USD',
    side: 'buy',
    type: 'limit',
    qty: '1',
    price: '60000',
    tif: 'GTC',
    ...o,
  };
}

export function ctx(c: Partial<RiskContext> = {}): RiskContext {
  return {
    instrument: BTC,
    touch: { bid: '59990', ask: '60010' },
    position: '0',
    working: [],
    now: 1_000_000,
    ...c,
  };
}

let keys = 0;

/** A working order as the OMS would show it. */
export function working(o: Partial<OrderView> = {}): OrderView {
  keys++;
  return {
    orderKey: `demo-trading:${keys}`,
    sessionId: 'demo-trading',
    clOrdId: String(keys),
    pendingClOrdId: null,
    orderId: `O-${keys}`,
    symbol: 'BTC/USD',
    side: 'buy',
    type: 'limit',
    tif: 'GTC',
    qty: '1',
    price: '59000',
    stopPrice: null,
    cumQty: '0',
    leavesQty: o.leavesQty ?? o.qty ?? '1',
    avgPx: '0',
    status: 'new',
    postOnly: false,
    text: null,
    createdAt: 0,
    updatedAt: 0,
    recovered: false,
    ...o,
  };
}
