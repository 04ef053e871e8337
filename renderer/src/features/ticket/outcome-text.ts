// How an order command's answer reads to a trader, shared by the ticket and the ladder: what was sent in one line,
// and a risk refusal as rule, limit and what the order would have done.
import { fixed, tryDec } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { NewOrderRequest } from '../../../../shared/domain/orders.js';
import type { RiskRefusal, RiskRule } from '../../../../shared/domain/risk.js';
import { ORDER_TYPE_LABEL } from './order-types.js';

export const RISK_RULE_LABEL: Readonly<Record<RiskRule, string>> = {
  'kill-switch': 'Kill switch engaged',
  'max-order-qty': 'Max order quantity',
  'max-notional': 'Max order value',
  'price-band-pct': 'Price band (%)',
  'price-band-ticks': 'Price band (ticks)',
  'max-position': 'Max position',
  'max-open-orders': 'Max open orders',
  'order-rate': 'Order rate',
  'duplicate-order': 'Duplicate order guard',
  'no-market-price': 'No market price',
};

function at(value: string | undefined, decimals: number | undefined): string {
  if (value === undefined) return '';
  const d = tryDec(value);
  return d === null || decimals === undefined ? value : fixed(d, decimals);
}

/** "Buy 0.01 BTC/USD @ 64000.0 Limit GTC", "Sell 2 ETH/USD Stop loss trigger 2950.00 IOC". */
export function describeOrder(req: NewOrderRequest, inst: InstrumentInfo | undefined): string {
  const parts = [req.side === 'buy' ? 'Buy' : 'Sell', req.qty, req.symbol];
  if (req.price !== undefined) parts.push(`@ ${at(req.price, inst?.priceDecimals)}`);
  parts.push(ORDER_TYPE_LABEL[req.type]);
  if (req.stopPrice !== undefined) parts.push(`trigger ${at(req.stopPrice, inst?.priceDecimals)}`);
  parts.push(req.tif);
  if (req.postOnly === true) parts.push('post-only');
  if (req.reduceOnly === true) parts.push('reduce-only');
  return parts.join(' ');
}

/** One line for a toast or status bar: "Max order quantity: limit 5 BTC, this order 7.5 BTC". */
export function refusalLine(r: RiskRefusal): string {
  return `${RISK_RULE_LABEL[r.rule]}: limit ${r.limit}, this order ${r.actual}`;
}
