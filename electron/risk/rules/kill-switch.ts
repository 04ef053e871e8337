// While the kill switch is engaged nothing may add to or change exposure: every new order and every amend is
// refused. Cancels never pass through the risk engine at all, so they always go out (pulling orders is exactly
// what a trader needs while the switch is engaged).
import { refuse, type RuleCheck } from '../rule.js';

export const killSwitchRule: RuleCheck = ({ order, killSwitch }) => {
  if (!killSwitch.engaged) return null;
  const what = order.replacing === undefined ? 'new order' : 'amend';
  const by = killSwitch.changedBy === null ? '' : ` by ${killSwitch.changedBy}`;
  const when = killSwitch.changedAt === null ? NaN : new Date(killSwitch.changedAt).getTime();
  const at = Number.isNaN(when) ? '' : ` at ${new Date(when).toISOString()}`;
  return refuse(
    'kill-switch',
    'engaged',
    what,
    `The kill switch was engaged${by}${at}: new orders and amends are refused until it is re-armed (cancels still go out).`,
  );
};
