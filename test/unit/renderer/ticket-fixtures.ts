// Shared builders for the ticket and ladder unit tests: an instrument with Kraken-like rules, a ticket form, a book
// and an order view, each overridable per test.
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { BookFrame, BookLevel } from '../../../shared/domain/market-data.js';
import type { OrderView } from '../../../shared/domain/orders.js';
import type { TicketForm } from '../../../renderer/src/features/ticket/ticket.state.js';

/** Tick 0.1, lot 0.0001, 0.001 to 100 BTC, at least 5 USD of value. */
export function btc(over: Partial<InstrumentInfo> = {}): InstrumentInfo {
  return {
    symbol: 'BTC/USD',
    base: 'BTC',
    quote: 'USD',
    tickSize: '0.1',
    lotSize: '0.0001',
    qtyMin: '0.001',
    qtyMax: '100',
    costMin: '5',
    priceDecimals: 1,
    qtyDecimals: 4,
    status: 'online',
    ...over,
  };
}

export function form(over: Partial<TicketForm> = {}): TicketForm {
  return {
    side: 'buy',
    type: 'limit',
    qty: '0.01',
    price: '64000.1',
    trigger: '',
    tif: 'GTC',
    expiry: '',
    postOnly: false,
    reduceOnly: false,
    ...over,
  };
}

const level = ([price, qty]: readonly [string, string]): BookLevel => ({ price, qty });

export function book(
  bids: readonly (readonly [string, string])[],
  asks: readonly (readonly [string, string])[],
): BookFrame {
  return {
    symbol: 'BTC/USD',
    bids: bids.map(level),
    asks: asks.map(level),
    updatedAt: 1,
    stale: false,
    resyncing: false,
  };
}

export function order(over: Partial<OrderView> = {}): OrderView {
  return {
    orderKey: 'demo-trading:1',
    sessionId: 'demo-trading',
    clOrdId: '1',
    pendingClOrdId: null,
    orderId: 'O-1',
    symbol: 'BTC/USD',
    side: 'buy',
    type: 'limit',
    tif: 'GTC',
    qty: '1',
    price: '100.0',
    stopPrice: null,
    cumQty: '0',
    leavesQty: '1',
    avgPx: '0',
    status: 'new',
    postOnly: false,
    text: null,
    createdAt: 1_000,
    updatedAt: 1_000,
    recovered: false,
    ...over,
  };
}
