// The ag-grid community modules every workstation grid may use, registered once for the whole renderer (ag-grid 33+
// ships features as modules; a grid that uses an unregistered feature logs an error and goes without it).
// ValidationModule stays in the production build on purpose: it turns a misspelt option or a missing module into a
// console warning, which the e2e runs treat as a failure, instead of a feature that silently does nothing.
import {
  BigIntFilterModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CsvExportModule,
  CustomEditorModule,
  DateFilterModule,
  EventApiModule,
  ExternalFilterModule,
  HighlightChangesModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  ValidationModule,
  type Module,
} from 'ag-grid-community';

export const GRID_MODULES: readonly Module[] = [
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  TextFilterModule,
  NumberFilterModule,
  BigIntFilterModule,
  DateFilterModule,
  QuickFilterModule,
  ExternalFilterModule,
  CsvExportModule,
  HighlightChangesModule,
  RowStyleModule,
  CellStyleModule,
  TextEditorModule,
  CustomEditorModule,
  TooltipModule,
  ColumnAutoSizeModule,
  ColumnApiModule,
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  EventApiModule,
  ValidationModule,
];

/**
 * Pinned rows, for the one grid that has them (the positions totals): handed to that grid alone (its `modules`).
 * Registered for every grid, ag-grid 36's static pinned-row model dispatches pinnedHeightChanged on every render
 * pass, changed or not, and each one schedules a re-measure of the grid's viewport and scrollbars (forced layouts):
 * a working-orders grid without pinned rows paid that on every transaction and every scroll frame.
 */
export const PINNED_ROW_MODULES: Module[] = [PinnedRowModule];

let registered = false;

/** Idempotent; WsGrid calls it, so a feature never has to. A feature needing one more module registers it itself. */
export function registerGridModules(): void {
  if (registered) return;
  registered = true;
  ModuleRegistry.registerModules([...GRID_MODULES]);
}
