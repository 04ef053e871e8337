// Business checks of a NewOrderSingle before the engine assigns an OrderID (spec §1.6: such failures are 35=j,
// never an ExecutionReport). What passes is turned into engine units.

import { checkCost, checkQtyLimits, isRefusal, readDisplayQty, readPrice, readQty, refuse } from './amounts.js';
import type { Refusal } from './amounts.js';
import type { NewOrderCommand } from './commands.js';
import { OrdType, SelfTradePrevention, TimeInForce, TriggerReference } from './fix-codes.js';
import type { AssetPairStatus, Instrument } from './instruments.js';

/** Kraken refuses a GTD ExpireTime more than a month ahead (spec §1.6). */
export const MAX_GTD_HORIZON_MS = 30 * 24 * 60 * 60 * 1000;

export interface ValidNewOrder {
  ordType: OrdType;
  timeInForce: TimeInForce;
  orderQty: bigint;
  price: bigint | undefined;
  stopPx: bigint | undefined;
  displayQty: bigint | undefined;
  expireTime: number | undefined;
  effectiveTime: number | undefined;
  selfTradePrevention: SelfTradePrevention;
  triggerReference: TriggerReference;
}

const WITH_LIMIT_PRICE: ReadonlySet<string> = new Set([OrdType.Limit, OrdType.StopLossLimit, OrdType.TakeProfitLimit]);
const WITH_STOP_PRICE: ReadonlySet<string> = new Set([
  OrdType.StopLoss,
  OrdType.StopLossLimit,
  OrdType.TakeProfit,
  OrdType.TakeProfitLimit,
]);
const EXECUTABLE: ReadonlySet<string> = new Set([OrdType.Market, ...WITH_LIMIT_PRICE, ...WITH_STOP_PRICE]);
// Made once: `Object.values(…).includes` built an array per order.
const TIMES_IN_FORCE: ReadonlySet<unknown> = new Set(Object.values(TimeInForce));
const STP_MODES: ReadonlySet<unknown> = new Set(Object.values(SelfTradePrevention));
const TRIGGER_REFERENCES: ReadonlySet<unknown> = new Set(Object.values(TriggerReference));

export function hasLimitPrice(ordType: string): boolean {
  return WITH_LIMIT_PRICE.has(ordType);
}

export function hasStopPrice(ordType: string): boolean {
  return WITH_STOP_PRICE.has(ordType);
}

/** The pair's trading status allows this new order? (5032 semantics, Kraken's EService texts.) */
export function checkStatusForNew(status: AssetPairStatus, cmd: NewOrderCommand): Refusal | undefined {
  switch (status) {
    case 'online':
      return undefined;
    case 'maintenance':
    case 'delisted':
      return refuse('market-unavailable');
    case 'cancel_only':
      return refuse('market-cancel-only');
    case 'post_only':
      return cmd.postOnly === true ? undefined : refuse('market-post-only');
    case 'limit_only':
      return hasLimitPrice(cmd.ordType) ? undefined : refuse('market-limit-only');
    case 'reduce_only':
      return cmd.reduceOnly === true ? undefined : refuse('market-reduce-only');
  }
}

export function validateNewOrder(cmd: NewOrderCommand, instrument: Instrument, now: number): ValidNewOrder | Refusal {
  if (cmd.validUntilTime !== undefined && now > cmd.validUntilTime) return refuse('deadline-elapsed');
  if (!EXECUTABLE.has(cmd.ordType)) return refuse('unsupported-order-type');
  const ordType = cmd.ordType as OrdType;
  const timeInForce = cmd.timeInForce ?? TimeInForce.GoodTillCancel;
  if (!TIMES_IN_FORCE.has(timeInForce)) return refuse('invalid-arguments', 'timeinforce');

  const orderQty = readQty(cmd.orderQty, instrument);
  if (isRefusal(orderQty)) return orderQty;
  const limits = checkQtyLimits(orderQty, instrument);
  if (limits !== undefined) return limits;

  let price: bigint | undefined;
  if (hasLimitPrice(ordType)) {
    if (cmd.price === undefined) return refuse('missing-price');
    const p = readPrice(cmd.price, instrument);
    if (isRefusal(p)) return p;
    price = p;
  }
  let stopPx: bigint | undefined;
  if (hasStopPrice(ordType)) {
    if (cmd.stopPx === undefined) return refuse('missing-stop-price');
    const s = readPrice(cmd.stopPx, instrument);
    if (isRefusal(s)) return s;
    stopPx = s;
  }

  const effectiveTime = cmd.effectiveTime !== undefined && cmd.effectiveTime > now ? cmd.effectiveTime : undefined;
  let expireTime: number | undefined;
  if (timeInForce === TimeInForce.GoodTillDate) {
    if (cmd.expireTime === undefined) return refuse('missing-expire-time');
    const start = effectiveTime ?? now;
    if (cmd.expireTime <= start || cmd.expireTime > now + MAX_GTD_HORIZON_MS) return refuse('invalid-expire-time');
    expireTime = cmd.expireTime;
  }

  if (cmd.postOnly === true) {
    // Kraken: post-only is a limit-order flag; it contradicts an immediate time in force.
    if (ordType !== OrdType.Limit) return refuse('invalid-arguments', 'post only');
    if (timeInForce === TimeInForce.ImmediateOrCancel || timeInForce === TimeInForce.FillOrKill) {
      return refuse('invalid-arguments', 'post only');
    }
  }

  let displayQty: bigint | undefined;
  if (cmd.displayQty !== undefined) {
    if (ordType !== OrdType.Limit) return refuse('invalid-display-qty');
    const d = readDisplayQty(cmd.displayQty, orderQty, instrument);
    if (isRefusal(d)) return d;
    displayQty = d;
  }

  if (price !== undefined) {
    const cost = checkCost(price, orderQty, instrument);
    if (cost !== undefined) return cost;
  }

  const stp = cmd.selfTradePrevention ?? SelfTradePrevention.CancelNewest;
  if (!STP_MODES.has(stp)) return refuse('invalid-arguments', 'stp');
  const triggerReference = cmd.triggerReference ?? TriggerReference.Last;
  if (!TRIGGER_REFERENCES.has(triggerReference)) return refuse('invalid-arguments', 'trigger');

  return {
    ordType,
    timeInForce,
    orderQty,
    price,
    stopPx,
    displayQty,
    expireTime,
    effectiveTime,
    selfTradePrevention: stp,
    triggerReference,
  };
}
