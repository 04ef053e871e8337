// The shape every pre-trade rule shares: one pure function from the order, its context and the limits in force to
// a refusal or null. Rules never mutate anything; the engine owns the send log and the kill switch.
import type {
  AccountLimits,
  InstrumentLimits,
  KillSwitchState,
  RiskRefusal,
  RiskRule,
} from '../../shared/domain/risk.js';
import type { CandidateOrder, RiskContext } from './candidate.js';
import type { SendLog } from './send-log.js';

/** How amounts are named in messages: base for quantities, quote for prices and notionals. */
export interface Units {
  readonly symbol: string;
  readonly base: string;
  readonly quote: string;
}

export interface RuleInput {
  readonly order: CandidateOrder;
  readonly ctx: RiskContext;
  /** The symbol's own entry, else "*", else no limits. */
  readonly limits: InstrumentLimits;
  readonly account: AccountLimits;
  readonly units: Units;
  readonly killSwitch: KillSwitchState;
  readonly sent: SendLog;
}

export type RuleCheck = (input: RuleInput) => RiskRefusal | null;

export function refuse(rule: RiskRule, limit: string, actual: string, message: string): RiskRefusal {
  return { rule, limit, actual, message };
}

/** Units from the instrument when known, else from a "BASE/QUOTE" symbol, else the bare symbol and no quote. */
export function unitsFor(symbol: string, instrument?: { base: string; quote: string }): Units {
  if (instrument !== undefined) return { symbol, base: instrument.base, quote: instrument.quote };
  const slash = symbol.indexOf('/');
  if (slash > 0 && slash < symbol.length - 1) {
    return { symbol, base: symbol.slice(0, slash), quote: symbol.slice(slash + 1) };
  }
  return { symbol, base: '', quote: '' };
}

/** "7.5 BTC", or "7.5" when the unit is unknown. */
export function amount(value: string, unit: string): string {
  return unit === '' ? value : `${value} ${unit}`;
}
