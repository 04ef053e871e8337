// The ticket's checks before anything is sent, against the instrument's published rules (tick, lot, minimum and
// maximum quantity, minimum order value) and the venue's trading status, in exact decimals. Main checks again and
// applies risk; this is so the trader hears about a typo next to the field, not from the venue.
import { cmp, dec, isMultipleOf, mul, sign, text, tryDec, type Dec } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { NewOrderRequest } from '../../../../shared/domain/orders.js';
import { needsPrice, needsTrigger, postOnlyApplies } from './order-types.js';
import type { TicketField, TicketForm } from './ticket.state.js';

export type TicketErrors = Readonly<Partial<Record<TicketField | 'form', string>>>;

export interface TicketCheck {
  readonly errors: TicketErrors;
  /** The request to send, when nothing is wrong. */
  readonly request: NewOrderRequest | null;
}

/** What a trader types, read as a decimal: spaces trimmed, ".5" and "5." accepted. Null when it is not a number. */
export function readDecimal(raw: string): Dec | null {
  let t = raw.trim();
  if (t.startsWith('.')) t = `0${t}`;
  if (t.endsWith('.')) t = t.slice(0, -1);
  return tryDec(t);
}

/** Statuses in which the venue takes no new orders at all (Kraken AssetPairStatus 5032). */
const CLOSED_STATUSES: ReadonlySet<string> = new Set(['cancel_only', 'maintenance', 'delisted']);

function checkAmount(
  raw: string,
  what: string,
  step: string,
  stepName: string,
): { value: Dec | null; error: string | undefined } {
  if (raw.trim() === '') return { value: null, error: `Enter ${what}` };
  const value = readDecimal(raw);
  if (value === null) return { value: null, error: `${capital(what)} must be a number like 12.5` };
  if (sign(value) <= 0) return { value: null, error: `${capital(what)} must be above zero` };
  const stepDec = tryDec(step);
  if (stepDec !== null && !isMultipleOf(value, stepDec)) {
    return { value: null, error: `Not a multiple of the ${stepName} ${step}` };
  }
  return { value, error: undefined };
}

function capital(s: string): string {
  const bare = s.replace(/^(a|an|the) /, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** A quantity against the instrument's lot size, minimum and maximum (no order value: that needs a price). */
export function checkQty(raw: string, inst: InstrumentInfo): { value: Dec | null; error: string | undefined } {
  const qty = checkAmount(raw, 'a quantity', inst.lotSize, 'lot size');
  if (qty.value === null) return qty;
  if (cmp(qty.value, dec(inst.qtyMin)) < 0) return { value: null, error: `Below the minimum ${inst.qtyMin} ${inst.base}` };
  if (cmp(qty.value, dec(inst.qtyMax)) > 0) return { value: null, error: `Above the maximum ${inst.qtyMax} ${inst.base}` };
  return qty;
}

/** Epoch ms of a datetime-local value ("2025-01-31T17:30"), local time; null when unreadable. */
export function readExpiry(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value)) return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

export function validateTicket(
  form: TicketForm,
  inst: InstrumentInfo | undefined,
  sessionId: string | null,
  now: number,
): TicketCheck {
  const errors: Partial<Record<TicketField | 'form', string>> = {};
  if (inst === undefined) return { errors: { form: 'Choose an instrument' }, request: null };

  const qty = checkQty(form.qty, inst);
  if (qty.error !== undefined) errors.qty = qty.error;

  let price: Dec | null = null;
  if (needsPrice(form.type)) {
    const p = checkAmount(form.price, 'a limit price', inst.tickSize, 'tick size');
    if (p.error !== undefined) errors.price = p.error;
    price = p.value;
  }
  let trigger: Dec | null = null;
  if (needsTrigger(form.type)) {
    const t = checkAmount(form.trigger, 'a trigger price', inst.tickSize, 'tick size');
    if (t.error !== undefined) errors.trigger = t.error;
    trigger = t.value;
  }

  // The venue's minimum order value applies to the limit price (Kraken costmin, 5013).
  const costMin = tryDec(inst.costMin);
  if (errors.qty === undefined && price !== null && qty.value !== null && costMin !== null && sign(costMin) > 0) {
    const value = mul(price, qty.value);
    if (cmp(value, costMin) < 0) {
      errors.qty = `Order value ${text(value)} ${inst.quote} is below the minimum ${inst.costMin} ${inst.quote}`;
    }
  }

  let expireAt: number | undefined;
  if (form.tif === 'GTD') {
    const at = form.expiry === '' ? null : readExpiry(form.expiry);
    if (form.expiry === '') errors.expiry = 'Choose when the order expires';
    else if (at === null) errors.expiry = 'Not a date and time';
    else if (at <= now) errors.expiry = 'The expiry is in the past';
    else expireAt = at;
  }

  const statusError = statusRule(inst, form);
  if (statusError !== undefined) errors.form = statusError;
  else if (sessionId === null) errors.form = 'No trading session is configured';

  if (Object.keys(errors).length > 0 || qty.value === null) return { errors, request: null };
  const request: NewOrderRequest = {
    sessionId: sessionId ?? '',
    symbol: inst.symbol,
    side: form.side,
    type: form.type,
    qty: text(qty.value),
    tif: form.tif,
    ...(price !== null ? { price: text(price) } : {}),
    ...(trigger !== null ? { stopPrice: text(trigger) } : {}),
    ...(expireAt !== undefined ? { expireAt } : {}),
    ...(form.postOnly && postOnlyApplies(form.type, form.tif) ? { postOnly: true } : {}),
    ...(form.reduceOnly ? { reduceOnly: true } : {}),
  };
  return { errors, request };
}

/** The venue's trading status for the pair, as it limits what may be sent now. */
function statusRule(inst: InstrumentInfo, form: TicketForm): string | undefined {
  const s = inst.status;
  if (CLOSED_STATUSES.has(s)) return `${inst.symbol} is ${s.replace('_', ' ')}: the venue takes no new orders`;
  if (s === 'post_only' && !(form.type === 'limit' && form.postOnly)) {
    return `${inst.symbol} is post only: send a post-only limit order`;
  }
  if (s === 'limit_only' && !needsPrice(form.type)) return `${inst.symbol} is limit only: choose a priced order type`;
  if (s === 'reduce_only' && !form.reduceOnly) return `${inst.symbol} is reduce only: tick reduce-only`;
  return undefined;
}
