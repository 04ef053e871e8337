// Pre-trade risk in main: every new order and amend passes check() before it is sent, so no renderer can bypass
// it. Pure and synchronous: the workstation core hands in the instrument, touch, position and working orders
// (RiskContext) and tells the engine what it actually sent (recordSent), which feeds the throttle and the
// duplicate guard. Cancels are never checked.
//
// Order of checks (the first refusal wins, so a trader sees one reason, always the same one for the same input):
//  1. kill-switch                  nothing new goes out while engaged
//  2. max-order-qty                the order itself: what the trader must change…
//  3. max-notional / no-market-price
//  4. price-band-pct
//  5. price-band-ticks
//  6. max-position                 …then the exposure it adds to the account…
//  7. max-open-orders
//  8. duplicate-order              …then the timing guards, which clear by themselves
//  9. order-rate
import type { RiskLimits, RiskRefusal, RiskState } from '../../shared/domain/risk.js';
import type { CandidateOrder, RiskContext, SentKind } from './candidate.js';
import { KillSwitch } from './kill-switch.js';
import { limitsFor } from './instrument-limits.js';
import { riskLimitsSchema } from './limits-schema.js';
import { DEFAULT_RISK_LIMITS } from './default-limits.js';
import { unitsFor, type RuleCheck } from './rule.js';
import { SendLog } from './send-log.js';
import { killSwitchRule } from './rules/kill-switch.js';
import { maxOrderQtyRule } from './rules/max-order-qty.js';
import { maxNotionalRule } from './rules/max-notional.js';
import { priceBandPctRule } from './rules/price-band-pct.js';
import { priceBandTicksRule } from './rules/price-band-ticks.js';
import { maxPositionRule } from './rules/max-position.js';
import { maxOpenOrdersRule } from './rules/max-open-orders.js';
import { duplicateOrderRule } from './rules/duplicate-order.js';
import { orderRateRule } from './rules/order-rate.js';

/** The rules in the order they run; see the list above. */
export const RULES_IN_ORDER: readonly RuleCheck[] = [
  killSwitchRule,
  maxOrderQtyRule,
  maxNotionalRule,
  priceBandPctRule,
  priceBandTicksRule,
  maxPositionRule,
  maxOpenOrdersRule,
  duplicateOrderRule,
  orderRateRule,
];

export interface RiskEngineOptions {
  /** Validated like risk:set-limits; DEFAULT_RISK_LIMITS when absent. */
  readonly limits?: RiskLimits;
  readonly killSwitch?: KillSwitch;
}

export class RiskEngine {
  readonly killSwitch: KillSwitch;
  private current: RiskLimits;
  private readonly sent = new SendLog();

  constructor(options: RiskEngineOptions = {}) {
    this.killSwitch = options.killSwitch ?? new KillSwitch();
    this.current = frozenLimits(options.limits ?? DEFAULT_RISK_LIMITS);
  }

  get limits(): RiskLimits {
    return this.current;
  }

  /** Replaces every limit at once. Validates again (throws a ZodError and keeps the old limits if invalid) so
   * that no caller can install a limit the rules cannot read. Returns the limits now in force. */
  setLimits(limits: RiskLimits): RiskLimits {
    this.current = frozenLimits(limits);
    return this.current;
  }

  state(): RiskState {
    return { limits: this.current, killSwitch: this.killSwitch.state };
  }

  /** The first rule the order breaks, or null when it may be sent. Quantities and prices must be DecimalText
   * (the command schemas guarantee it); anything else throws, which the core treats as a refusal. */
  check(order: CandidateOrder, ctx: RiskContext): RiskRefusal | null {
    const input = {
      order,
      ctx,
      limits: limitsFor(this.current, order.symbol),
      account: this.current.account,
      units: unitsFor(order.symbol, ctx.instrument),
      killSwitch: this.killSwitch.state,
      sent: this.sent,
    };
    for (const rule of RULES_IN_ORDER) {
      const refusal = rule(input);
      if (refusal !== null) return refusal;
    }
    return null;
  }

  /** Tells the engine a 35=D ('new') or 35=G ('amend') went on the wire at `now`: it counts against the order
   * rate, and a new order is remembered for the duplicate guard. Call it only for what was actually sent. */
  recordSent(kind: SentKind, now: number, order: CandidateOrder): void {
    this.sent.record(kind, order, now, this.current.account.duplicateWindowMs);
  }
}

/** Validated and deep-frozen: the limits in force are shared with state() readers and must not change under them. */
function frozenLimits(limits: RiskLimits): RiskLimits {
  const parsed = riskLimitsSchema.parse(limits);
  for (const entry of Object.values(parsed.instruments)) Object.freeze(entry);
  Object.freeze(parsed.instruments);
  Object.freeze(parsed.account);
  return Object.freeze(parsed);
}
