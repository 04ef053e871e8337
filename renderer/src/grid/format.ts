// Cell text for the workstation's grids. Prices, quantities and money arrive as DecimalText and are formatted with
// the exact decimal arithmetic (shared/domain/decimal.ts), never through a float, so a displayed value is always the
// value main holds, rounded only where an instrument's precision says so.
import { cmp, fixed, sign, tryDec, type Dec } from '../../../shared/domain/decimal.js';
import type { DecimalText } from '../../../shared/domain/decimal-text.js';
import type { Side } from '../../../shared/domain/orders.js';

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** "64012.5" → "64,012.50" at 2 decimals; as sent when the precision is unknown; "" for null. Thin-space free,
 * comma-grouped integer part so magnitudes read at a glance in a dense column. */
export function formatDecimal(value: DecimalText | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === '') return '';
  const d = tryDec(value);
  if (d === null) return value;
  const plain = decimals === undefined ? value : fixed(d, decimals);
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const whole = dot < 0 ? body : body.slice(0, dot);
  const grouped = whole.replace(THOUSANDS, ',') + (dot < 0 ? '' : body.slice(dot));
  return negative ? `-${grouped}` : grouped;
}

/** Sign-prefixed for P&L and signed positions: "+1,250.00", "-3.5", "0". */
export function formatSigned(value: DecimalText | null | undefined, decimals?: number): string {
  const text = formatDecimal(value, decimals);
  if (text === '' || value === null || value === undefined) return text;
  const d = tryDec(value);
  return d !== null && sign(d) > 0 ? `+${text}` : text;
}

/** CSS class colouring a signed value: up (gain, long), down (loss, short), none at zero or unknown. */
export function signClass(value: DecimalText | null | undefined): string {
  if (value === null || value === undefined) return '';
  const d = tryDec(value);
  if (d === null) return '';
  const s = sign(d);
  return s > 0 ? 'ws-up' : s < 0 ? 'ws-down' : '';
}

export function formatSide(side: Side | null | undefined): string {
  return side === 'buy' ? 'BUY' : side === 'sell' ? 'SELL' : '';
}

export function sideClass(side: Side | null | undefined): string {
  return side === 'buy' ? 'ws-buy' : side === 'sell' ? 'ws-sell' : '';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Local wall-clock time with milliseconds ("14:03:27.118"); the date is added when it is not today. */
export function formatTime(epochMs: number | null | undefined, now: number = Date.now()): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return '';
  const t = new Date(epochMs);
  const clock = `${pad2(t.getHours())}:${pad2(t.getMinutes())}:${pad2(t.getSeconds())}.${String(t.getMilliseconds()).padStart(3, '0')}`;
  const today = new Date(now);
  const sameDay =
    t.getFullYear() === today.getFullYear() && t.getMonth() === today.getMonth() && t.getDate() === today.getDate();
  return sameDay ? clock : `${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())} ${clock}`;
}

/** Full UTC timestamp for tooltips and exports. */
export function formatIsoTime(epochMs: number | null | undefined): string {
  if (epochMs === null || epochMs === undefined || !Number.isFinite(epochMs)) return '';
  return new Date(epochMs).toISOString();
}

// Sorting 100,000 fills by price compares about two million pairs: parsing each text once keeps that cheap.
const parsed = new Map<string, Dec | null>();
const PARSE_CACHE_MAX = 50_000;

function parseCached(text: DecimalText): Dec | null {
  let d = parsed.get(text);
  if (d === undefined) {
    if (parsed.size >= PARSE_CACHE_MAX) parsed.clear();
    d = tryDec(text);
    parsed.set(text, d);
  }
  return d;
}

/** Exact ordering of decimal text for sorting; nulls and non-decimals sort first. */
export function compareDecimal(a: DecimalText | null | undefined, b: DecimalText | null | undefined): number {
  const x = a === null || a === undefined ? null : parseCached(a);
  const y = b === null || b === undefined ? null : parseCached(b);
  if (x === null || y === null) return x === y ? 0 : x === null ? -1 : 1;
  return cmp(x, y);
}

/** Decimal text as a whole number of 10^-18 units: the exact form the grids' number filters compare. */
export const FILTER_SCALE = 18;

export function toFilterUnits(value: DecimalText | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const d = tryDec(value.trim());
  if (d === null || d.scale > FILTER_SCALE) return null;
  return d.units * 10n ** BigInt(FILTER_SCALE - d.scale);
}

export function fromFilterUnits(units: bigint | null): string | null {
  if (units === null) return null;
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(FILTER_SCALE + 1, '0');
  const whole = digits.slice(0, digits.length - FILTER_SCALE);
  const fraction = digits.slice(digits.length - FILTER_SCALE).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** True when the text is a decimal strictly above zero (a quantity or price a trader may send). */
export function isPositiveDecimal(value: string): boolean {
  const d = tryDec(value);
  return d !== null && sign(d) > 0;
}
