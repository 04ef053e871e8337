// Display text for the risk panel.
import { fixed, text, type Dec } from '../../../../shared/domain/decimal.js';
import { formatDecimal } from '../../grid/format.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2025-03-14 15:30:07" local: when the kill switch moved, to the second. */
export function formatWhen(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '—';
  const t = new Date(epochMs);
  return `${t.getFullYear()}-${pad2(t.getMonth() + 1)}-${pad2(t.getDate())} ${pad2(t.getHours())}:${pad2(t.getMinutes())}:${pad2(t.getSeconds())}`;
}

/** Exact decimal, comma-grouped, at the given precision when known. */
export function formatDec(d: Dec, decimals?: number): string {
  return formatDecimal(decimals === undefined ? text(d) : fixed(d, decimals));
}
