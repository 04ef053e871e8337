// The trail as CSV for a spreadsheet (RFC 4180: CRLF rows, quoted cells with doubled quotes). Cells are user and
// venue text, so each is defused against formula injection first: Excel, LibreOffice and Sheets run a cell that
// starts with = + - @ (or a tab / CR before one) as a formula, so such a cell gets a leading apostrophe (OWASP's
// advice), which spreadsheets show as text.
import type { AuditEntry } from '../../shared/domain/audit.js';

export const AUDIT_CSV_HEADER = ['seq', 'time', 'user', 'action', 'details', 'outcome', 'reason'] as const;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function csvCell(value: string): string {
  const safe = value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Time is ISO 8601 UTC, which spreadsheets sort and parse. */
export function auditCsvRow(e: AuditEntry): string {
  return csvRow([
    String(e.seq),
    new Date(e.time).toISOString(),
    e.user,
    e.action,
    e.details,
    e.outcome,
    e.reason ?? '',
  ]);
}

export function auditCsv(entries: Iterable<AuditEntry>): string {
  let out = csvRow(AUDIT_CSV_HEADER);
  for (const e of entries) out += auditCsvRow(e);
  return out;
}
