// The working-orders blotter's commands: cancel one order, amend its quantity or a price, cancel all (optionally for
// one symbol). An amend is checked here against the instrument's tick and lot first, so an obvious typo never costs
// a round trip; main checks again (risk) and the venue has the last word.
import { cmp, dec, isMultipleOf, tryDec } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { AmendRequest, OrderView } from '../../../../shared/domain/orders.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { CommandOutcome } from '../../../../shared/ipc/outcome.js';
import type { WorkstationApi } from '../../../../shared/ipc/workstation-api.js';

export type AmendField = 'qty' | 'price' | 'stopPrice';

export const AMEND_FIELD_LABEL: Readonly<Record<AmendField, string>> = {
  qty: 'quantity',
  price: 'price',
  stopPrice: 'stop price',
};

/** The amend to send for a typed value, or why it cannot go; null when the value did not change. */
export function buildAmend(
  order: OrderView,
  field: AmendField,
  typed: string,
  instrument: InstrumentInfo | undefined,
): { ok: true; request: AmendRequest } | { ok: false; reason: string } | null {
  const text = typed.trim().replace(/,/g, '');
  const value = tryDec(text);
  const label = AMEND_FIELD_LABEL[field];
  if (value === null || value.units <= 0n) return { ok: false, reason: `${label} must be a number above zero` };
  const current = order[field];
  if (current !== null && cmp(value, dec(current)) === 0) return null;
  if (field === 'qty') {
    if (cmp(value, dec(order.cumQty)) <= 0) {
      return { ok: false, reason: `quantity must stay above the ${order.cumQty} already filled` };
    }
    if (instrument !== undefined) {
      if (!isMultipleOf(value, dec(instrument.lotSize))) {
        return { ok: false, reason: `quantity must be a multiple of the lot size ${instrument.lotSize}` };
      }
      if (cmp(value, dec(instrument.qtyMin)) < 0)
        return { ok: false, reason: `quantity below the minimum ${instrument.qtyMin}` };
      if (cmp(value, dec(instrument.qtyMax)) > 0)
        return { ok: false, reason: `quantity above the maximum ${instrument.qtyMax}` };
    }
  } else if (instrument !== undefined && !isMultipleOf(value, dec(instrument.tickSize))) {
    return { ok: false, reason: `${label} must be a multiple of the tick size ${instrument.tickSize}` };
  }
  return { ok: true, request: { orderKey: order.orderKey, [field]: text } };
}

export function describeOutcome<T>(what: string, outcome: CommandOutcome<T>, done: string): string {
  if (outcome.ok) return `${what}: ${done}`;
  return outcome.kind === 'timed-out'
    ? `${what}: no answer in time — watch the order's status`
    : `${what}: ${outcome.reason}`;
}

export function cancelOrder(api: WorkstationApi, order: OrderView): Promise<CommandOutcome<OrderView>> {
  return api.call(CommandChannel.cancelOrder, { orderKey: order.orderKey });
}

export function amendOrder(api: WorkstationApi, request: AmendRequest): Promise<CommandOutcome<OrderView>> {
  return api.call(CommandChannel.amendOrder, request);
}

export function cancelAll(
  api: WorkstationApi,
  symbol: string | null,
): Promise<CommandOutcome<{ readonly requested: number }>> {
  return api.call(CommandChannel.cancelAll, symbol === null ? {} : { symbol });
}
