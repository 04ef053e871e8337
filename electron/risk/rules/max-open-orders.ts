// Count of working orders across every session (the account-wide limit), this one included. An amend opens no
// order (the one it replaces is already counted), so it is never refused here.
import { isTerminalStatus } from '../../../shared/domain/orders.js';
import { refuse, type RuleCheck } from '../rule.js';

export const maxOpenOrdersRule: RuleCheck = ({ order, ctx, account }) => {
  if (account.maxOpenOrders === null || order.replacing !== undefined) return null;
  let open = 0;
  for (const w of ctx.working) if (!isTerminalStatus(w.status)) open++;
  if (open + 1 <= account.maxOpenOrders) return null;
  const limit = `${account.maxOpenOrders} open orders`;
  return refuse(
    'max-open-orders',
    limit,
    `${open + 1} open orders`,
    `${open} orders are already working across all sessions; one more would exceed the limit of ${limit}.`,
  );
};
