// The risk panel edits a copy of the limits as text, field by field, and turns it back into RiskLimits only when
// every field is valid. The rules mirror main's schema (electron/risk/limits-schema.ts) so the trader hears about
// a bad value at the field; main validates again and its refusal is shown as it comes.
import { cmp, tryDec, ZERO } from '../../../../shared/domain/decimal.js';
import type { InstrumentLimits, RiskLimits } from '../../../../shared/domain/risk.js';

export const DEFAULT_SYMBOL = '*';
export const MAX_INSTRUMENT_ENTRIES = 500;
const MAX_DECIMAL_LENGTH = 40;
const MAX_SYMBOL_LENGTH = 32;
const SYMBOL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9/_.:-]*$/;

export type InstrumentField = keyof InstrumentLimits;

export interface InstrumentDraft {
  readonly symbol: string;
  readonly values: Readonly<Record<InstrumentField, string>>;
}

export interface LimitsDraft {
  readonly maxOpenOrders: string;
  readonly maxOrdersPerSecond: string;
  readonly duplicateWindowMs: string;
  readonly instruments: readonly InstrumentDraft[];
}

export type AccountField = 'maxOpenOrders' | 'maxOrdersPerSecond' | 'duplicateWindowMs';

/** Field errors by key: "account.maxOpenOrders", "instrument.2.maxOrderQty" (row index), "instruments". */
export type DraftErrors = Readonly<Record<string, string>>;

export const INSTRUMENT_FIELDS: readonly InstrumentField[] = [
  'maxOrderQty',
  'maxNotional',
  'priceBandPct',
  'priceBandTicks',
  'maxPosition',
];

export function instrumentKey(index: number, field: InstrumentField | 'symbol'): string {
  return `instrument.${index}.${field}`;
}

/** The id of a field's error message (aria-describedby of the field). */
export function errorId(key: string): string {
  return `risk-error-${key.replace(/[^A-Za-z0-9-]/g, '-')}`;
}

const text = (v: string | number | null): string => (v === null ? '' : String(v));

export function emptyInstrument(symbol: string): InstrumentDraft {
  return {
    symbol,
    values: { maxOrderQty: '', maxNotional: '', priceBandPct: '', priceBandTicks: '', maxPosition: '' },
  };
}

/** "*" first, then symbols in order. */
export function toDraft(limits: RiskLimits): LimitsDraft {
  const symbols = Object.keys(limits.instruments).sort((a, b) =>
    a === DEFAULT_SYMBOL ? -1 : b === DEFAULT_SYMBOL ? 1 : a.localeCompare(b),
  );
  return {
    maxOpenOrders: text(limits.account.maxOpenOrders),
    maxOrdersPerSecond: text(limits.account.maxOrdersPerSecond),
    duplicateWindowMs: text(limits.account.duplicateWindowMs),
    instruments: symbols.map((symbol) => {
      const l = limits.instruments[symbol]!;
      return {
        symbol,
        values: {
          maxOrderQty: text(l.maxOrderQty),
          maxNotional: text(l.maxNotional),
          priceBandPct: text(l.priceBandPct),
          priceBandTicks: text(l.priceBandTicks),
          maxPosition: text(l.maxPosition),
        },
      };
    }),
  };
}

export function sameDraft(a: LimitsDraft, b: LimitsDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Blank is "no limit" (null). */
function decimalField(raw: string, allowZero: boolean): Parsed<string | null> {
  const v = raw.trim();
  if (v === '') return { ok: true, value: null };
  if (v.length > MAX_DECIMAL_LENGTH) return { ok: false, error: `at most ${MAX_DECIMAL_LENGTH} characters` };
  const d = tryDec(v);
  if (d === null) return { ok: false, error: 'a plain decimal like 2.5 (no exponent, no + sign, no commas)' };
  const sign = cmp(d, ZERO);
  if (sign < 0) return { ok: false, error: 'must not be negative' };
  if (sign === 0 && !allowZero) return { ok: false, error: 'must be greater than zero (blank for no limit)' };
  return { ok: true, value: v };
}

function wholeField(raw: string, min: number, max: number, blankAllowed: boolean): Parsed<number | null> {
  const v = raw.trim();
  if (v === '') return blankAllowed ? { ok: true, value: null } : { ok: false, error: 'required' };
  if (!/^\d{1,10}$/.test(v)) return { ok: false, error: 'a whole number' };
  const n = Number(v);
  if (n < min) return { ok: false, error: `at least ${min.toLocaleString('en-US')}` };
  if (n > max) return { ok: false, error: `at most ${max.toLocaleString('en-US')}` };
  return { ok: true, value: n };
}

export interface DraftCheck {
  readonly limits: RiskLimits | null;
  readonly errors: DraftErrors;
}

export function checkDraft(draft: LimitsDraft): DraftCheck {
  const errors: Record<string, string> = {};
  const take = <T>(key: string, p: Parsed<T>): T | undefined => {
    if (p.ok) return p.value;
    errors[key] = p.error;
    return undefined;
  };
  const maxOpenOrders = take('account.maxOpenOrders', wholeField(draft.maxOpenOrders, 1, 1_000_000, true));
  const maxOrdersPerSecond = take('account.maxOrdersPerSecond', wholeField(draft.maxOrdersPerSecond, 1, 10_000, true));
  const duplicateWindowMs = take('account.duplicateWindowMs', wholeField(draft.duplicateWindowMs, 0, 3_600_000, false));
  if (draft.instruments.length > MAX_INSTRUMENT_ENTRIES) {
    errors['instruments'] = `at most ${MAX_INSTRUMENT_ENTRIES} symbols`;
  }
  const instruments: Record<string, InstrumentLimits> = {};
  draft.instruments.forEach((row, i) => {
    const symbol = row.symbol.trim();
    if (symbol !== DEFAULT_SYMBOL && (symbol.length > MAX_SYMBOL_LENGTH || !SYMBOL_PATTERN.test(symbol))) {
      errors[instrumentKey(i, 'symbol')] = `a symbol of at most ${MAX_SYMBOL_LENGTH} letters, digits and / _ . : -`;
    } else if (Object.hasOwn(instruments, symbol)) {
      errors[instrumentKey(i, 'symbol')] = `${symbol} is listed twice`;
    }
    const v = row.values;
    const entry = {
      maxOrderQty: take(instrumentKey(i, 'maxOrderQty'), decimalField(v.maxOrderQty, false)),
      maxNotional: take(instrumentKey(i, 'maxNotional'), decimalField(v.maxNotional, false)),
      priceBandPct: take(instrumentKey(i, 'priceBandPct'), decimalField(v.priceBandPct, false)),
      priceBandTicks: take(instrumentKey(i, 'priceBandTicks'), wholeField(v.priceBandTicks, 0, 1_000_000_000, true)),
      maxPosition: take(instrumentKey(i, 'maxPosition'), decimalField(v.maxPosition, true)),
    };
    if (Object.values(entry).every((x) => x !== undefined)) instruments[symbol] = entry as InstrumentLimits;
  });
  if (Object.keys(errors).length > 0) return { limits: null, errors };
  return {
    limits: {
      account: {
        maxOpenOrders: maxOpenOrders ?? null,
        maxOrdersPerSecond: maxOrdersPerSecond ?? null,
        duplicateWindowMs: duplicateWindowMs ?? 0,
      },
      instruments,
    },
    errors,
  };
}
