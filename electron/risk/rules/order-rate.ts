// Throttle on what goes to the venues: new orders and amends actually sent in the last second (a sliding window,
// see send-log.ts), this one included. It clears by itself, so it is checked after every rule the trader would
// have to change the order for.
import { RATE_WINDOW_MS } from '../send-log.js';
import { refuse, type RuleCheck } from '../rule.js';

export const orderRateRule: RuleCheck = ({ ctx, account, sent }) => {
  if (account.maxOrdersPerSecond === null) return null;
  const count = sent.countInWindow(ctx.now) + 1;
  if (count <= account.maxOrdersPerSecond) return null;
  const limit = `${account.maxOrdersPerSecond} orders/s`;
  return refuse(
    'order-rate',
    limit,
    `${count} orders/s`,
    `This would be ${count} orders and amends within ${RATE_WINDOW_MS / 1000} s, over the ${limit} limit; wait a moment and send again.`,
  );
};
