// CSV export of what a grid shows (filtered and sorted, group headers and totals left out) through ag-grid's
// community exporter. Decimals go out exactly as main sent them (no thousands separators), times as UTC ISO-8601,
// and text that a spreadsheet would run as a formula is defused (OWASP CSV injection: a venue's 58 Text or a symbol
// could start with "=").
import type { Column, GridApi, ProcessCellForExportParams } from 'ag-grid-community';
import type { ColumnExport } from './columns.js';
import { formatIsoTime, formatSide } from './format.js';
import { isGroupRow } from './group-rows.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to text a spreadsheet would evaluate; numbers stay numbers. */
export function defuseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function exportOf(column: Column): ColumnExport | undefined {
  return column.getColDef().context as ColumnExport | undefined;
}

function cell(p: ProcessCellForExportParams): string {
  const value: unknown = p.value;
  if (value === null || value === undefined) return '';
  switch (exportOf(p.column)?.exportAs) {
    case 'decimal':
      return String(value);
    case 'iso-time':
      return formatIsoTime(typeof value === 'number' ? value : Number.NaN);
    case 'side':
      return formatSide(value === 'buy' || value === 'sell' ? value : null);
    default:
      return defuseCsvText(String(value));
  }
}

/** A file name with the local date and time: "fills-2025-03-14-1530.csv". */
export function csvFileName(stem: string, now: Date = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${stem}-${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}.csv`;
}

/** Exports the displayed data columns (columns without an export kind, such as row actions, are left out). */
export function exportGridCsv<T>(api: GridApi<T>, stem: string): void {
  const columnKeys = (api.getAllDisplayedColumns() ?? []).filter((c) => exportOf(c) !== undefined);
  api.exportDataAsCsv({
    fileName: csvFileName(stem),
    columnKeys,
    skipPinnedTop: true,
    skipPinnedBottom: true,
    shouldRowBeSkipped: (p) => isGroupRow(p.node.data),
    processCellCallback: cell,
  });
}
