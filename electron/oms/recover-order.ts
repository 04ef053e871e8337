// An order first heard of in a report: entered in an earlier run, on another session of the same account (a
// status answer, a mass cancel with 530=7), or by hand at the venue. It gets its own OrderView with recovered set.
import { add, type Dec } from '../../shared/domain/decimal.js';
import { outText } from './decimal-out.js';
import { newRecord, type OrderRecord } from './order-record.js';
import type { ExecReport } from './read-execution-report.js';

const ZERO: Dec = { units: 0n, scale: 0 };

/**
 * A record for the order the report is about, or null when the report does not say enough (no symbol or side).
 * `clOrdId` is the order's own id: 11, or 41 when 11 is the id of our status or mass request.
 */
export function recoveredRecord(
  sessionId: string,
  r: ExecReport,
  clOrdId: string | undefined,
  taken: (orderKey: string) => boolean,
  now: number,
): OrderRecord | null {
  if (r.symbol === undefined || r.side === undefined) return null;
  const id = clOrdId ?? r.orderId;
  if (id === undefined) return null;
  let orderKey = `${sessionId}:${id}`;
  if (taken(orderKey) && r.orderId !== undefined) orderKey = `${sessionId}:${id}/${r.orderId}`;
  for (let n = 2; taken(orderKey); n++) orderKey = `${sessionId}:${id}#${n}`;
  const qty =
    r.qty ?? (r.cumQty !== undefined || r.leavesQty !== undefined ? add(r.cumQty ?? ZERO, r.leavesQty ?? ZERO) : ZERO);
  const o = newRecord({
    orderKey,
    sessionId,
    clOrdId: clOrdId ?? '',
    symbol: r.symbol,
    side: r.side,
    type: r.ordType ?? 'limit',
    tif: r.tif ?? 'GTC',
    qty: outText(qty),
    price: r.price === undefined ? null : outText(r.price),
    stopPrice: r.stopPx === undefined ? null : outText(r.stopPx),
    postOnly: r.postOnly,
    reduceOnly: false,
    expireAt: r.expireAt ?? null,
    createdAt: r.transactTime ?? now,
    recovered: true,
  });
  o.updatedAt = now;
  return o;
}
