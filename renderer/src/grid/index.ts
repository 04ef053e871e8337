// Shared ag-grid setup for every grid in the renderer: see WsGrid.tsx and grid-theme.css for the CSP approach.
export { WsGrid, ROW_HEIGHT, HEADER_HEIGHT, type WsGridProps } from './WsGrid.js';
export { GRID_MODULES, PINNED_ROW_MODULES, registerGridModules } from './grid-modules.js';
export {
  contextOf,
  decimalColumn,
  priceDecimals,
  qtyDecimals,
  sideColumn,
  textColumn,
  timeColumn,
  type ColumnExport,
  type DecimalColumnOptions,
  type ExportAs,
  type GridContext,
} from './columns.js';
export * from './format.js';
export { csvFileName, defuseCsvText, exportGridCsv } from './csv-export.js';
export { groupRow, isGroupRow, type GridRow, type GroupBy, type GroupRow } from './group-rows.js';
export { GridGrouping, type GroupCounts, type HeaderChanges } from './grid-grouping.js';
export { GroupHeader, groupKeyHandler, type GroupHeaderParams } from './GroupHeader.js';
export { ExportCsvButton, GroupBySelect, QuickFilterInput } from './GridToolbar.js';
