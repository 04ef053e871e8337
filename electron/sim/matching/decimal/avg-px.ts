// AvgPx (6) as the simulator reports it: Σ(LastQty·LastPx) / CumQty computed exactly in bigint and rounded once,
// half-even, to the instrument's price decimals plus AVG_PX_EXTRA_DECIMALS. Trailing zeros beyond the price
// precision are trimmed, so an order filled at one price reports exactly that price ("50000.5"), and a VWAP
// shows at most 8 extra digits ("50000.333333333"). 0 with no fills, as FIX 4.4 asks.

import { divRoundHalfEven, formatScaled, pow10 } from './scaled.js';

/** Extra decimals AvgPx carries beyond the instrument's price precision. */
export const AVG_PX_EXTRA_DECIMALS = 8;

/**
 * @param notional Σ(LastQty·LastPx) in units of 10^-(priceDecimals+lotDecimals)
 * @param cumQty CumQty in lot units (10^-lotDecimals)
 */
export function formatAvgPx(notional: bigint, cumQty: bigint, priceDecimals: number): string {
  if (cumQty === 0n) return formatScaled(0n, priceDecimals);
  const scaled = divRoundHalfEven(notional * pow10(AVG_PX_EXTRA_DECIMALS), cumQty);
  const text = formatScaled(scaled, priceDecimals + AVG_PX_EXTRA_DECIMALS);
  return trimBeyond(text, priceDecimals);
}

function trimBeyond(text: string, keepDecimals: number): string {
  const point = text.indexOf('.');
  let end = text.length;
  const minEnd = keepDecimals === 0 ? point : point + 1 + keepDecimals;
  while (end > minEnd && text.charCodeAt(end - 1) === 0x30) end--;
  if (end === point + 1) end = point;
  return text.slice(0, end);
}
