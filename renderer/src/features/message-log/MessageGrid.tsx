// The inspector's list: every record the feed holds, newest first, as an ag-grid fed by transactions (a flood
// of market data never re-renders the list). Selection drives the detail pane: click or Enter shows one message,
// Ctrl/Cmd-click or the Compare checkboxes pick two to diff; with one selected, ↑/↓ move the detail along.
import {
  ModuleRegistry,
  RowSelectionModule,
  type CellFocusedEvent,
  type CellKeyDownEvent,
  type GetRowIdParams,
  type GridReadyEvent,
  type GridApi,
  type IRowNode,
  type RowSelectionOptions,
  type SelectionColumnDef,
} from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import { WsGrid } from '../../grid/WsGrid.js';
import { messageColumns } from './message-columns.js';
import { isFiltering } from './message-filter.js';
import { currentPredicate, messageFeed, useMessageLogStore } from './message-log.state.js';

// Row selection is not among the shared grid modules (the blotters do not select rows); the inspector needs it.
ModuleRegistry.registerModules([RowSelectionModule]);

const ROW_SELECTION: RowSelectionOptions<FixMessageRecord> = {
  mode: 'multiRow',
  checkboxes: true,
  headerCheckbox: false,
  enableClickSelection: true,
};

const SELECTION_COLUMN: SelectionColumnDef = {
  headerName: '',
  headerTooltip: 'Compare: tick two messages (or Ctrl/Cmd-click) to see their differences',
  width: 30,
  pinned: 'left',
  resizable: false,
  suppressMovable: true,
};

const rowId = (p: GetRowIdParams<FixMessageRecord>): string => String(p.data.id);

/** The grid to the feed's whole list: pending async adds first, so none lands twice. */
function resync(api: GridApi<FixMessageRecord>): void {
  api.flushAsyncTransactions();
  api.setGridOption('rowData', [...messageFeed.snapshot()]);
}

function selectOnly(api: GridApi<FixMessageRecord>, node: IRowNode<FixMessageRecord>): void {
  api.deselectAll();
  node.setSelected(true);
}

export function MessageGrid(): ReactNode {
  const gridRef = useRef<AgGridReact<FixMessageRecord>>(null);
  const dictionary = useMessageLogStore((s) => s.dictionary);
  const filter = useMessageLogStore((s) => s.filter);
  const paused = useMessageLogStore((s) => s.paused);
  const setSelected = useMessageLogStore((s) => s.setSelected);
  const columns = useMemo(() => messageColumns(dictionary), [dictionary]);
  const initialRows = useMemo(() => [...messageFeed.snapshot()], []);

  // Live rows while not paused; a reset (history merged), the grid becoming ready or the end of a pause re-reads
  // the whole list, which ag-grid turns into a delta by row id (selection and scroll survive).
  useEffect(() => {
    if (paused) return undefined;
    const api = gridRef.current?.api;
    if (api !== undefined) resync(api);
    return messageFeed.onChange((change) => {
      const grid = gridRef.current?.api;
      if (grid === undefined) return;
      if (change.reset) resync(grid);
      else grid.applyTransactionAsync({ add: [...change.added], remove: [...change.removed] });
    });
  }, [paused]);
  const onReady = useCallback((e: GridReadyEvent<FixMessageRecord>) => {
    if (!useMessageLogStore.getState().paused) resync(e.api);
  }, []);

  // The filter predicate is built once per filter change, not once per row.
  const predicate = useRef<(r: FixMessageRecord) => boolean>(currentPredicate());
  useEffect(() => {
    predicate.current = currentPredicate();
    gridRef.current?.api?.onFilterChanged();
  }, [filter, dictionary]);

  const onKeyDown = useCallback((e: CellKeyDownEvent<FixMessageRecord>) => {
    const key = e.event instanceof KeyboardEvent ? e.event.key : '';
    if (key === 'Enter' && e.node.data !== undefined) selectOnly(e.api, e.node);
    else if (key === 'Escape') e.api.deselectAll();
  }, []);

  // With one message open, moving the focus with the keyboard moves the detail with it.
  const onFocused = useCallback((e: CellFocusedEvent<FixMessageRecord>) => {
    if (!(e.sourceEvent instanceof KeyboardEvent) || e.rowIndex === null || e.rowIndex === undefined) return;
    const selected = e.api.getSelectedNodes();
    const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
    if (selected.length === 1 && node !== undefined && selected[0] !== node) selectOnly(e.api, node);
  }, []);

  return (
    <WsGrid<FixMessageRecord>
      label="FIX messages"
      emptyText={isFiltering(filter) ? 'No message matches the filter' : 'No FIX messages yet'}
      gridRef={gridRef}
      className="fix-message-grid"
      rowData={initialRows}
      columnDefs={columns}
      defaultColDef={{ floatingFilter: false, filter: false }}
      getRowId={rowId}
      rowSelection={ROW_SELECTION}
      selectionColumnDef={SELECTION_COLUMN}
      isExternalFilterPresent={() => isFiltering(useMessageLogStore.getState().filter)}
      doesExternalFilterPass={(node) => node.data !== undefined && predicate.current(node.data)}
      onSelectionChanged={(e) => setSelected(e.api.getSelectedRows().map((r) => r.id))}
      onCellKeyDown={onKeyDown}
      onCellFocused={onFocused}
      onGridReady={onReady}
      asyncTransactionWaitMillis={100}
    />
  );
}
