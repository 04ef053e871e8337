// Shape checks of a trader's request before a ClOrdID is spent on it: the fields FIX needs for the order type and
// time in force are there and are positive decimals. Tick, lot, minimums and limits are the ticket's and risk's.
import { dec, sign } from '../../shared/domain/decimal.js';
import { isDecimalText, type DecimalText } from '../../shared/domain/decimal-text.js';
import type { AmendRequest, NewOrderRequest, OrderType } from '../../shared/domain/orders.js';
import { canon } from './decimal-out.js';
import { OmsError } from './oms-error.js';

const LIMIT_PRICED: ReadonlySet<OrderType> = new Set(['limit', 'stop-loss-limit', 'take-profit-limit']);
const TRIGGERED: ReadonlySet<OrderType> = new Set(['stop-loss', 'stop-loss-limit', 'take-profit', 'take-profit-limit']);

export function needsPrice(type: OrderType): boolean {
  return LIMIT_PRICED.has(type);
}

export function needsStopPrice(type: OrderType): boolean {
  return TRIGGERED.has(type);
}

function positive(value: DecimalText | undefined, what: string): DecimalText | null {
  if (value === undefined) return null;
  if (!isDecimalText(value) || sign(dec(value)) <= 0) {
    throw new OmsError('invalid', `${what} must be a positive decimal number, not ${JSON.stringify(value)}`);
  }
  return canon(value);
}

export interface CheckedOrder {
  readonly qty: DecimalText;
  readonly price: DecimalText | null;
  readonly stopPrice: DecimalText | null;
  readonly expireAt: number | null;
}

/** The order's fields as they will go out: a market order sends no price, an untriggered type no StopPx. */
export function checkNewOrder(req: NewOrderRequest): CheckedOrder {
  if (req.symbol === '') throw new OmsError('invalid', 'an order needs a symbol');
  const qty = positive(req.qty, 'the quantity');
  if (qty === null) throw new OmsError('invalid', 'an order needs a quantity');
  const price = needsPrice(req.type) ? positive(req.price, 'the limit price') : null;
  if (needsPrice(req.type) && price === null) throw new OmsError('invalid', `a ${req.type} order needs a limit price`);
  const stopPrice = needsStopPrice(req.type) ? positive(req.stopPrice, 'the trigger price') : null;
  if (needsStopPrice(req.type) && stopPrice === null) {
    throw new OmsError('invalid', `a ${req.type} order needs a trigger price`);
  }
  let expireAt: number | null = null;
  if (req.tif === 'GTD') {
    if (req.expireAt === undefined || !Number.isFinite(req.expireAt)) {
      throw new OmsError('invalid', 'a GTD order needs an expiry time');
    }
    expireAt = req.expireAt;
  }
  return { qty, price, stopPrice, expireAt };
}

export interface CheckedAmend {
  readonly qty: DecimalText | null;
  readonly price: DecimalText | null;
  readonly stopPrice: DecimalText | null;
}

export function checkAmend(req: AmendRequest, type: OrderType): CheckedAmend {
  const qty = positive(req.qty, 'the new quantity');
  const price = positive(req.price, 'the new limit price');
  const stopPrice = positive(req.stopPrice, 'the new trigger price');
  if (price !== null && !needsPrice(type)) throw new OmsError('invalid', `a ${type} order has no limit price to amend`);
  if (stopPrice !== null && !needsStopPrice(type)) {
    throw new OmsError('invalid', `a ${type} order has no trigger price to amend`);
  }
  if (qty === null && price === null && stopPrice === null) throw new OmsError('invalid', 'the amend changes nothing');
  return { qty, price, stopPrice };
}
