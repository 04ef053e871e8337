// Order commands as the ticket, ladder and blotters send them. Shape only: instrument rules (tick, lot, minimum)
// and risk limits are checked by the OMS and the risk engine with the instrument in hand.
import { z } from 'zod';
import { orderKey, positiveDecimal, sessionId, symbol } from './primitives.js';

const side = z.enum(['buy', 'sell'], { error: 'side must be buy or sell' });
const orderType = z.enum(['limit', 'market', 'stop-loss', 'stop-loss-limit', 'take-profit', 'take-profit-limit'], {
  error: 'type must be limit, market, stop-loss, stop-loss-limit, take-profit or take-profit-limit',
});
const tif = z.enum(['GTC', 'IOC', 'FOK', 'GTD'], { error: 'tif must be GTC, IOC, FOK or GTD' });

const NEEDS_PRICE = new Set(['limit', 'stop-loss-limit', 'take-profit-limit']);
const NEEDS_STOP = new Set(['stop-loss', 'stop-loss-limit', 'take-profit', 'take-profit-limit']);

export const newOrder = z
  .strictObject({
    sessionId,
    symbol,
    side,
    type: orderType,
    qty: positiveDecimal,
    price: positiveDecimal.optional(),
    stopPrice: positiveDecimal.optional(),
    tif,
    expireAt: z.number().int().positive().max(8.64e15).optional(),
    postOnly: z.boolean().optional(),
    reduceOnly: z.boolean().optional(),
  })
  .superRefine((o, ctx) => {
    if (NEEDS_PRICE.has(o.type) && o.price === undefined) {
      ctx.addIssue({ code: 'custom', path: ['price'], message: `a ${o.type} order needs a price` });
    }
    if (!NEEDS_PRICE.has(o.type) && o.price !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['price'], message: `a ${o.type} order takes no limit price` });
    }
    if (NEEDS_STOP.has(o.type) && o.stopPrice === undefined) {
      ctx.addIssue({ code: 'custom', path: ['stopPrice'], message: `a ${o.type} order needs a trigger price` });
    }
    if (!NEEDS_STOP.has(o.type) && o.stopPrice !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['stopPrice'], message: `a ${o.type} order takes no trigger price` });
    }
    if ((o.tif === 'GTD') !== (o.expireAt !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['expireAt'], message: 'expireAt is required for GTD and only for GTD' });
    }
    if (o.postOnly === true && o.type !== 'limit') {
      ctx.addIssue({ code: 'custom', path: ['postOnly'], message: 'post-only applies to limit orders only' });
    }
    if (o.postOnly === true && (o.tif === 'IOC' || o.tif === 'FOK')) {
      ctx.addIssue({ code: 'custom', path: ['postOnly'], message: `post-only cannot be ${o.tif}` });
    }
  });

export const amendOrder = z
  .strictObject({
    orderKey,
    qty: positiveDecimal.optional(),
    price: positiveDecimal.optional(),
    stopPrice: positiveDecimal.optional(),
  })
  .refine((a) => a.qty !== undefined || a.price !== undefined || a.stopPrice !== undefined, {
    error: 'an amend changes qty, price or stopPrice',
  });

export const cancelOrder = z.strictObject({ orderKey });

export const cancelAll = z.strictObject({
  sessionId: sessionId.optional(),
  symbol: symbol.optional(),
  side: side.optional(),
});
