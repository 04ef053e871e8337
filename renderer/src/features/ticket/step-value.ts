// Arrow Up / Down in the price and quantity fields: one tick or one lot at a time (ten with Shift), exact, snapped
// onto the grid first so a value typed off-grid steps to the neighbouring valid one rather than staying off it.
import { fixed, text, tryDec, type Dec } from '../../../../shared/domain/decimal.js';
import { readDecimal } from './validate-ticket.js';

function atScale(d: Dec, scale: number): bigint {
  return d.units * 10n ** BigInt(scale - d.scale);
}

/**
 * The value `steps` increments of `step` away from `raw` (negative steps go down), never below one step. An empty or
 * unreadable field starts from `start` instead. Shown with `decimals` fraction digits, or trimmed when null.
 */
export function stepValue(
  raw: string,
  step: string,
  steps: number,
  decimals: number | null,
  start: string | null,
): string | null {
  const inc = tryDec(step);
  if (inc === null || inc.units <= 0n) return null;
  const show = (d: Dec): string => (decimals === null ? text(d) : fixed(d, decimals));
  const current = readDecimal(raw);
  if (current === null || current.units < 0n) {
    const from = start === null ? null : tryDec(start);
    return show(from ?? inc);
  }
  const scale = Math.max(current.scale, inc.scale);
  const c = atScale(current, scale);
  const s = atScale(inc, scale);
  const floor = c / s;
  const onGrid = c % s === 0n;
  // Off the grid, the first step up is the ceiling and the first step down the floor.
  let n = floor + BigInt(steps) + (onGrid || steps > 0 ? 0n : 1n);
  if (n < 1n) n = 1n;
  return show({ units: n * s, scale });
}
