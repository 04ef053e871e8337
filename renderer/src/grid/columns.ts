// Column builders shared by every workstation grid: text, decimal (price, quantity, money), time and side columns
// with the house formatting, exact sorting and filtering, tabular right-aligned numbers and buy/sell colours.
// Group header rows (group-rows.ts) are full-width, so every getter here answers null for them.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { DecimalText } from '../../../shared/domain/decimal-text.js';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { Side } from '../../../shared/domain/orders.js';
import {
  compareDecimal,
  formatDecimal,
  formatIsoTime,
  formatSide,
  formatSigned,
  formatTime,
  fromFilterUnits,
  sideClass,
  signClass,
  toFilterUnits,
} from './format.js';
import { isGroupRow, type GridRow } from './group-rows.js';

/** Handed to every grid as `context`: what formatters need beyond the row. */
export interface GridContext {
  readonly instruments: Readonly<Record<string, InstrumentInfo>>;
}

/** How a column's cells go into a CSV export (csv-export.ts reads it from the column's context). */
export type ExportAs = 'text' | 'decimal' | 'iso-time' | 'side';

export interface ColumnExport {
  readonly exportAs: ExportAs;
}

interface ColumnBase {
  readonly colId: string;
  readonly headerName: string;
  readonly headerTooltip?: string;
  readonly width?: number;
  readonly minWidth?: number;
  readonly hide?: boolean;
  readonly sort?: 'asc' | 'desc';
  /** Flash the cell when its value changes (fills landing, a status moving on). */
  readonly flash?: boolean;
}

function base<T>(o: ColumnBase, exportAs: ExportAs): ColDef<GridRow<T>> {
  return {
    colId: o.colId,
    headerName: o.headerName,
    ...(o.headerTooltip === undefined ? {} : { headerTooltip: o.headerTooltip }),
    ...(o.width === undefined ? {} : { width: o.width }),
    minWidth: o.minWidth ?? 48,
    ...(o.hide === undefined ? {} : { hide: o.hide }),
    ...(o.sort === undefined ? {} : { sort: o.sort }),
    ...(o.flash === true ? { enableCellChangeFlash: true } : {}),
    cellDataType: false,
    context: { exportAs } satisfies ColumnExport,
  };
}

function rowOf<T>(data: GridRow<T> | undefined): T | null {
  return data === undefined || isGroupRow(data) ? null : data;
}

export function contextOf(params: { context: unknown }): GridContext {
  return (params.context as GridContext | undefined) ?? { instruments: {} };
}

export function textColumn<T>(
  o: ColumnBase & {
    readonly value: (row: T) => string | null;
    readonly mono?: boolean;
    readonly cellClass?: (row: T) => string;
    readonly filter?: boolean;
  },
): ColDef<GridRow<T>> {
  return {
    ...base<T>(o, 'text'),
    valueGetter: (p) => {
      const row = rowOf(p.data);
      return row === null ? null : o.value(row);
    },
    cellClass: (p) => {
      const row = rowOf(p.data);
      return [o.mono ? 'ws-mono' : '', row !== null && o.cellClass ? o.cellClass(row) : ''].filter(Boolean);
    },
    filter: o.filter === false ? false : 'agTextColumnFilter',
    tooltip: (p) => (typeof p.value === 'string' && p.value.length > 24 ? p.value : null),
  };
}

export interface DecimalColumnOptions<T> extends ColumnBase {
  readonly value: (row: T) => DecimalText | null;
  /** Fraction digits to show (an instrument's price or quantity precision); as sent when undefined. */
  readonly decimals?: (row: T, context: GridContext) => number | undefined;
  /** Colour by sign (P&L, signed positions) and show a leading "+". */
  readonly signed?: boolean;
}

/** Exact throughout: sorted with decimal comparison, filtered on whole 10^-18 units (ag-grid's BigInt filter), so
 * "price > 64012.5" means exactly that, with no float in the way. */
export function decimalColumn<T>(o: DecimalColumnOptions<T>): ColDef<GridRow<T>> {
  const format = o.signed ? formatSigned : formatDecimal;
  return {
    ...base<T>(o, 'decimal'),
    type: 'rightAligned',
    valueGetter: (p) => {
      const row = rowOf(p.data);
      return row === null ? null : o.value(row);
    },
    valueFormatter: (p: ValueFormatterParams<GridRow<T>, DecimalText | null>) => {
      const row = rowOf(p.data);
      if (row === null) return '';
      return format(p.value, o.decimals?.(row, contextOf(p)));
    },
    useValueFormatterForExport: false,
    comparator: (a: DecimalText | null, b: DecimalText | null) => compareDecimal(a, b),
    cellClass: (p) => ['ws-num', o.signed ? signClass(p.value as DecimalText | null) : ''].filter(Boolean),
    filter: 'agBigIntColumnFilter',
    filterValueGetter: (p) => {
      const row = rowOf(p.data);
      return row === null ? null : toFilterUnits(o.value(row));
    },
    filterParams: {
      allowedCharPattern: '\\d\\-\\.',
      bigintParser: (text: string | null) => toFilterUnits(text),
      bigintFormatter: (value: bigint | null) => fromFilterUnits(value),
    },
  };
}

/** Epoch milliseconds shown as local time with milliseconds; the full UTC time in the tooltip and the export. */
export function timeColumn<T>(o: ColumnBase & { readonly value: (row: T) => number }): ColDef<GridRow<T>> {
  return {
    ...base<T>(o, 'iso-time'),
    valueGetter: (p) => {
      const row = rowOf(p.data);
      return row === null ? null : o.value(row);
    },
    valueFormatter: (p) => formatTime(p.value as number | null),
    tooltip: (p) => formatIsoTime(p.value as number | null),
    comparator: (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0),
    cellClass: 'ws-time',
    filter: false,
  };
}

export function sideColumn<T>(o: ColumnBase & { readonly value: (row: T) => Side }): ColDef<GridRow<T>> {
  return {
    ...base<T>(o, 'side'),
    valueGetter: (p) => {
      const row = rowOf(p.data);
      return row === null ? null : o.value(row);
    },
    valueFormatter: (p) => formatSide(p.value as Side | null),
    cellClass: (p) => sideClass(p.value as Side | null),
    filter: 'agTextColumnFilter',
    filterParams: { filterOptions: ['equals', 'notEqual'], maxNumConditions: 1 },
  };
}

/** Price and quantity precision of a symbol, when the venue published its rules. */
export function priceDecimals(symbol: string, context: GridContext): number | undefined {
  return context.instruments[symbol]?.priceDecimals;
}

export function qtyDecimals(symbol: string, context: GridContext): number | undefined {
  return context.instruments[symbol]?.qtyDecimals;
}
