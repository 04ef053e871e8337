// Aggressive limit price at most priceBandTicks ticks through the touch (see band-reference.ts). Needs the
// instrument's tick size; without the instrument the tick band is skipped (the percent band still applies).
import { cmp, dec, div, mul, text } from '../../../shared/domain/decimal.js';
import { amount, refuse, type RuleCheck } from '../rule.js';
import { bandExcess } from './band-reference.js';

export const priceBandTicksRule: RuleCheck = ({ order, ctx, limits, units }) => {
  if (limits.priceBandTicks === null || ctx.instrument === undefined) return null;
  const tick = dec(ctx.instrument.tickSize);
  if (tick.units <= 0n) return null;
  const band = bandExcess(order, ctx);
  if (band === null) return null;
  const maxTicks = dec(String(limits.priceBandTicks));
  if (cmp(band.excess, mul(tick, maxTicks)) <= 0) return null;
  const ticks = text(div(band.excess, tick, 2));
  const limit = `${limits.priceBandTicks} ticks`;
  const actual = `${ticks} ticks`;
  return refuse(
    'price-band-ticks',
    limit,
    actual,
    `${order.side === 'buy' ? 'Buy' : 'Sell'} limit ${amount(text(band.price), units.quote)} is ${actual} ` +
      `(tick ${text(tick)}) ${band.direction} ${band.referenceName} ${text(band.reference)}, beyond the ` +
      `${limits.priceBandTicks}-tick price band for ${units.symbol}.`,
  );
};
