// The fee on one fill: LastQty·LastPx·rate, in the quote currency by default or the base currency when the order
// asked for it (ExecInst f). Rounded once, half-even, to the currency's decimals on the pair (cost decimals for
// quote, lot decimals for base). The simulator keeps no balances; the fee is information for the report.

import { divRoundHalfEven, formatScaled, pow10 } from './decimal/scaled.js';
import type { Instrument } from './instruments.js';

export interface Fee {
  amount: string;
  currency: string;
}

const BPS = 10_000n;

export function feeFor(instrument: Instrument, qty: bigint, price: bigint, bps: number, inBase: boolean): Fee {
  if (inBase) {
    const units = divRoundHalfEven(qty * BigInt(bps), BPS);
    return { amount: formatScaled(units, instrument.lotDecimals), currency: instrument.base };
  }
  const notionalDecimals = instrument.priceDecimals + instrument.lotDecimals;
  const scaledNotional = qty * price * BigInt(bps) * pow10(instrument.costDecimals);
  const units = divRoundHalfEven(scaledNotional, BPS * pow10(notionalDecimals));
  return { amount: formatScaled(units, instrument.costDecimals), currency: instrument.quote };
}
