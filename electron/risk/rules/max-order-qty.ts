// Fat-finger guard on size: one order's total quantity (for an amend, the new OrderQty of 35=G) against the limit.
import { cmp, dec, text } from '../../../shared/domain/decimal.js';
import { amount, refuse, type RuleCheck } from '../rule.js';

export const maxOrderQtyRule: RuleCheck = ({ order, limits, units }) => {
  if (limits.maxOrderQty === null) return null;
  const qty = dec(order.qty);
  const max = dec(limits.maxOrderQty);
  if (cmp(qty, max) <= 0) return null;
  const limit = amount(text(max), units.base);
  const actual = amount(text(qty), units.base);
  return refuse(
    'max-order-qty',
    limit,
    actual,
    `Order quantity ${actual} exceeds the ${limit} limit for ${units.symbol}.`,
  );
};
