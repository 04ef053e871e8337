// Applying a validated amend in place (Kraken's atomic amend: same OrderID, fills kept). Queue priority is kept
// when only the quantity goes down (or nothing changes); a new price, a larger quantity or a new display size
// sends the order to the back of its (new) level, where it may trade at once if it now crosses. A total quantity
// at or below CumQty cancels the remainder, as Kraken documents for its amend endpoints.

import { execute } from './execution.js';
import type { InstrumentEngine } from './instrument-engine.js';
import type { Order } from './order.js';
import type { AmendChanges } from './validate-amend.js';

/** The order's ClOrdID has already been switched to the amend's (registry.renameClOrdId). */
export function amendOrder(engine: InstrumentEngine, order: Order, changes: AmendChanges): void {
  if (changes.orderQty !== undefined && changes.orderQty <= order.cumQty) {
    engine.cancel(order, 'amend-below-filled', order.clOrdId);
    return;
  }
  const losesPriority =
    changes.price !== undefined ||
    changes.stopPx !== undefined ||
    changes.displayQty !== undefined ||
    (changes.orderQty !== undefined && changes.orderQty > order.orderQty);

  if (order.isResting) {
    if (!losesPriority) {
      if (changes.orderQty !== undefined) order.orderQty = changes.orderQty;
      engine.book.shrinkInPlace(order);
      engine.ctx.reporter.replaced(order, true);
      return;
    }
    engine.book.remove(order);
    apply(order, changes);
    engine.ctx.reporter.replaced(order, false);
    execute(engine, order);
    engine.fireTriggers();
    return;
  }

  if (order.phase === 'untriggered') {
    engine.triggersFor(order).remove(order);
    apply(order, changes);
    engine.ctx.reporter.replaced(order, !losesPriority);
    engine.park(order, !losesPriority);
    engine.fireTriggers();
    return;
  }

  // Pending New: nothing is in a book yet.
  apply(order, changes);
  engine.ctx.reporter.replaced(order, true);
}

function apply(order: Order, changes: AmendChanges): void {
  if (changes.orderQty !== undefined) order.orderQty = changes.orderQty;
  if (changes.price !== undefined) order.price = changes.price;
  if (changes.stopPx !== undefined) order.stopPx = changes.stopPx;
  if (changes.displayQty !== undefined) order.displayQty = changes.displayQty;
}
