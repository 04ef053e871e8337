// Aggressive limit price at most priceBandPct percent through the touch (see band-reference.ts for the convention).
// Compared exactly: excess × 100 against reference × pct, no division.
import { cmp, dec, div, mul, text } from '../../../shared/domain/decimal.js';
import { amount, refuse, type RuleCheck } from '../rule.js';
import { bandExcess } from './band-reference.js';

const HUNDRED = dec('100');

export const priceBandPctRule: RuleCheck = ({ order, ctx, limits, units }) => {
  if (limits.priceBandPct === null) return null;
  const band = bandExcess(order, ctx);
  if (band === null) return null;
  const pct = dec(limits.priceBandPct);
  if (cmp(mul(band.excess, HUNDRED), mul(band.reference, pct)) <= 0) return null;
  const actualPct = text(div(mul(band.excess, HUNDRED), band.reference, 2));
  const limit = `${text(pct)} %`;
  const actual = `${actualPct} %`;
  return refuse(
    'price-band-pct',
    limit,
    actual,
    `${order.side === 'buy' ? 'Buy' : 'Sell'} limit ${amount(text(band.price), units.quote)} is ${actual} ${band.direction} ` +
      `${band.referenceName} ${text(band.reference)}, beyond the ${limit} price band for ${units.symbol}.`,
  );
};
