// Business checks of an OrderCancelReplaceRequest on a found, open order (spec §1.6: only quantities and prices
// are amendable; refusals are 35=j and leave the order untouched).

import { checkCost, checkQtyLimits, isRefusal, readDisplayQty, readPrice, readQty, refuse } from './amounts.js';
import type { Refusal } from './amounts.js';
import type { AmendCommand } from './commands.js';
import type { InstrumentEngine } from './instrument-engine.js';
import type { Order } from './order.js';
import { hasLimitPrice } from './validate-new-order.js';

/** The amend in engine units; a field is present only when it changes something. */
export interface AmendChanges {
  orderQty?: bigint;
  price?: bigint;
  stopPx?: bigint;
  displayQty?: bigint;
}

export function validateAmend(
  cmd: AmendCommand,
  order: Order,
  engine: InstrumentEngine,
  now: number,
): AmendChanges | Refusal {
  const instrument = engine.instrument;
  if (cmd.validUntilTime !== undefined && now > cmd.validUntilTime) return refuse('deadline-elapsed');
  if (engine.status === 'cancel_only') return refuse('market-cancel-only');
  if (engine.status === 'maintenance') return refuse('market-unavailable');
  const changes: AmendChanges = {};

  if (cmd.orderQty !== undefined) {
    const qty = readQty(cmd.orderQty, instrument);
    if (isRefusal(qty)) return qty;
    if (qty > order.cumQty) {
      const limits = checkQtyLimits(qty, instrument);
      if (limits !== undefined) return limits;
    }
    if (qty !== order.orderQty) changes.orderQty = qty;
  }

  if (cmd.price !== undefined) {
    const price = readPrice(cmd.price, instrument);
    if (isRefusal(price)) return price;
    if (price !== order.price) {
      if (!hasLimitPrice(order.ordType)) return refuse('invalid-arguments', 'price');
      changes.price = price;
    }
  }

  if (cmd.stopPx !== undefined) {
    const stop = readPrice(cmd.stopPx, instrument);
    if (isRefusal(stop)) return stop;
    if (stop !== order.stopPx) {
      // Only a stop still waiting for its trigger has a trigger price left to change.
      if (order.phase !== 'untriggered') return refuse('invalid-arguments', 'trigger price');
      changes.stopPx = stop;
    }
  }

  const totalQty = changes.orderQty ?? order.orderQty;
  if (cmd.displayQty !== undefined && totalQty > order.cumQty) {
    if (order.displayQty === undefined) return refuse('invalid-display-qty');
    const display = readDisplayQty(cmd.displayQty, totalQty - order.cumQty, instrument);
    if (isRefusal(display)) return display;
    if (display !== order.displayQty) changes.displayQty = display;
  }

  const price = changes.price ?? order.price;
  if (
    price !== undefined &&
    totalQty > order.cumQty &&
    (changes.price !== undefined || changes.orderQty !== undefined)
  ) {
    const cost = checkCost(price, totalQty, instrument);
    if (cost !== undefined) return cost;
  }

  // Kraken: a post-only amend is refused (not cancelled) when its new price would take liquidity.
  const postOnly = cmd.postOnly === true || order.postOnly;
  if (postOnly && changes.price !== undefined && order.isResting && engine.wouldTake(order.isBuy, changes.price)) {
    return refuse('post-only');
  }
  return changes;
}
