// Probable double click: a new order identical to one sent moments ago (same session, symbol, side, type,
// quantity and prices; see send-log.ts). Amends are not guarded: repeating an amend leaves the order as it was.
import { text, dec } from '../../../shared/domain/decimal.js';
import { refuse, type RuleCheck } from '../rule.js';

export const duplicateOrderRule: RuleCheck = ({ order, ctx, account, sent }) => {
  if (account.duplicateWindowMs <= 0 || order.replacing !== undefined) return null;
  const previous = sent.findDuplicate(order, ctx.now, account.duplicateWindowMs);
  if (previous === undefined) return null;
  const ago = Math.max(0, ctx.now - previous.at);
  const price = order.price === undefined ? '' : ` at ${text(dec(order.price))}`;
  const what = `${order.side} ${text(dec(order.qty))} ${order.symbol} ${order.type}${price}`;
  return refuse(
    'duplicate-order',
    `${account.duplicateWindowMs} ms`,
    `${ago} ms`,
    `The same order (${what} on ${order.sessionId}) was sent ${ago} ms ago; refused as a probable double click. ` +
      `Send it again after ${account.duplicateWindowMs} ms if you mean it.`,
  );
};
