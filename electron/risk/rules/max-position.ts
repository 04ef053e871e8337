// Worst-case absolute position in the symbol if this order and every working order on its side fill:
// |position + same-side working leaves + this order's leaves| (sells count negative). For an amend the order being
// replaced is left out of the working orders and counts once, with its new quantity less what it already filled.
//
// An order that does not make the worst case worse than it already is (a sell against a long, a smaller amend) is
// never refused, even when the book is already past a lowered limit: refusing it would stop the trader reducing.
import { abs, add, cmp, dec, neg, text, ZERO, type Dec } from '../../../shared/domain/decimal.js';
import { isTerminalStatus } from '../../../shared/domain/orders.js';
import { candidateLeaves } from '../candidate.js';
import { amount, refuse, type RuleCheck } from '../rule.js';

export const maxPositionRule: RuleCheck = ({ order, ctx, limits, units }) => {
  if (limits.maxPosition === null) return null;
  const replacingKey = order.replacing?.orderKey;
  let working: Dec = ZERO;
  for (const w of ctx.working) {
    if (w.symbol !== order.symbol || w.side !== order.side || isTerminalStatus(w.status)) continue;
    if (w.orderKey === replacingKey) continue;
    working = add(working, dec(w.leavesQty));
  }
  const signed = (q: Dec): Dec => (order.side === 'buy' ? q : neg(q));
  const position = dec(ctx.position);
  const base = add(position, signed(working));
  const after = add(base, signed(candidateLeaves(order)));
  const max = dec(limits.maxPosition);
  if (cmp(abs(after), max) <= 0) return null;
  const before = add(base, signed(order.replacing === undefined ? ZERO : dec(order.replacing.leavesQty)));
  if (cmp(abs(after), abs(before)) <= 0) return null;
  const limit = amount(text(max), units.base);
  const actual = `${amount(text(abs(after)), units.base)} ${after.units < 0n ? 'short' : 'long'}`;
  const others = working.units === 0n ? '' : ` and the working ${order.side} orders`;
  return refuse(
    'max-position',
    limit,
    actual,
    `If this order${others} filled, the ${units.symbol} position would be ${actual}, beyond the ${limit} limit.`,
  );
};
