// The shape main accepts for risk:set-limits (the risk panel sends the whole RiskLimits at once). Strict: unknown
// keys are refused, every decimal is plain DecimalText (no exponent, no '+', bounded length), the instrument table
// is bounded before any entry is read, and each refusal says which field and why.
import { z } from 'zod';
import { DECIMAL_TEXT_PATTERN } from '../../shared/domain/decimal-text.js';
import type { InstrumentLimits, RiskLimits } from '../../shared/domain/risk.js';
import { DEFAULT_SYMBOL_KEY } from './instrument-limits.js';

export const MAX_INSTRUMENT_ENTRIES = 500;
const MAX_DECIMAL_LENGTH = 40;
const MAX_SYMBOL_LENGTH = 32;
/** Venue symbols as the order schemas accept them ("BTC/USD", "PF_XBTUSD", "ETH-PERP"), or "*". */
const SYMBOL_KEY_PATTERN = /^(\*|[A-Za-z0-9][A-Za-z0-9/_.:-]*)$/;

function decimal(field: string, allowZero: boolean) {
  return z
    .string({ error: `${field} must be decimal text or null` })
    .max(MAX_DECIMAL_LENGTH, { error: `${field} must be at most ${MAX_DECIMAL_LENGTH} characters` })
    .regex(DECIMAL_TEXT_PATTERN, { error: `${field} must be a plain decimal like 2.5 (no exponent, no + sign)` })
    .refine((v) => !v.startsWith('-') && (allowZero || /[1-9]/.test(v)), {
      error: allowZero ? `${field} must not be negative` : `${field} must be greater than zero`,
    });
}

function count(field: string, min: number, max: number) {
  return z
    .number({ error: `${field} must be a number` })
    .int({ error: `${field} must be a whole number` })
    .min(min, { error: `${field} must be at least ${min}` })
    .max(max, { error: `${field} must be at most ${max}` });
}

export const instrumentLimitsSchema = z.strictObject({
  maxOrderQty: decimal('maxOrderQty', false).nullable(),
  maxNotional: decimal('maxNotional', false).nullable(),
  priceBandPct: decimal('priceBandPct', false).nullable(),
  /** 0 allowed: a buy limit may not go above the ask at all. */
  priceBandTicks: count('priceBandTicks', 0, 1_000_000_000).nullable(),
  /** 0 allowed: reduce-only (an order may only bring the position closer to flat). */
  maxPosition: decimal('maxPosition', true).nullable(),
}) satisfies z.ZodType<InstrumentLimits>;

export const accountLimitsSchema = z.strictObject({
  maxOpenOrders: count('maxOpenOrders', 1, 1_000_000).nullable(),
  maxOrdersPerSecond: count('maxOrdersPerSecond', 1, 10_000).nullable(),
  /** Up to an hour; 0 turns the duplicate guard off. */
  duplicateWindowMs: count('duplicateWindowMs', 0, 3_600_000),
});

/** Looks at the table's keys before zod reads any entry, so 10,000 hostile entries cost one key walk. */
const instrumentTableGuard = z.unknown().superRefine((v, ctx) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    ctx.addIssue({ code: 'custom', message: 'instruments must be an object of symbol → limits' });
    return;
  }
  let n = 0;
  for (const key of Object.keys(v)) {
    if (++n > MAX_INSTRUMENT_ENTRIES) {
      ctx.addIssue({ code: 'custom', message: `instruments may hold at most ${MAX_INSTRUMENT_ENTRIES} symbols` });
      return;
    }
    if (key.length > MAX_SYMBOL_LENGTH || !SYMBOL_KEY_PATTERN.test(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [key.slice(0, MAX_SYMBOL_LENGTH)],
        message:
          `instrument key ${JSON.stringify(key.slice(0, MAX_SYMBOL_LENGTH))} must be "${DEFAULT_SYMBOL_KEY}" or a symbol ` +
          `of at most ${MAX_SYMBOL_LENGTH} letters, digits and / _ . : -`,
      });
      return;
    }
  }
});

export const riskLimitsSchema = z.strictObject({
  account: accountLimitsSchema,
  instruments: instrumentTableGuard.pipe(z.record(z.string(), instrumentLimitsSchema)),
}) satisfies z.ZodType<RiskLimits>;
