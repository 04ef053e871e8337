// Price × quantity of one order in quote currency. A market order with no touch to price it is refused outright
// ('no-market-price') while a notional limit applies: sending it would mean trading blind past the limit.
import { cmp, dec, mul, text } from '../../../shared/domain/decimal.js';
import { amount, refuse, type RuleCheck } from '../rule.js';
import { farTouchName, notionalPrice } from './order-price.js';

export const maxNotionalRule: RuleCheck = ({ order, ctx, limits, units }) => {
  if (limits.maxNotional === null) return null;
  const limit = amount(text(dec(limits.maxNotional)), units.quote);
  const priced = notionalPrice(order, ctx);
  if (priced === null) {
    const side = farTouchName(order);
    return refuse(
      'no-market-price',
      limit,
      `no ${side}`,
      `A ${order.side} market order on ${units.symbol} cannot be priced: there is no ${side} to check it against the ${limit} notional limit.`,
    );
  }
  const notional = mul(dec(priced.price), dec(order.qty));
  if (cmp(notional, dec(limits.maxNotional)) <= 0) return null;
  const actual = amount(text(notional), units.quote);
  const how = `${amount(text(dec(order.qty)), units.base)} at ${priced.label}${text(dec(priced.price))}`;
  return refuse(
    'max-notional',
    limit,
    actual,
    `Order notional ${actual} (${how}) exceeds the ${limit} limit for ${units.symbol}.`,
  );
};
