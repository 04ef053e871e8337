// The inspector's list: every record the feed holds, newest first, as an ag-grid fed by transactions (a flood
// of market data never re-renders the list). Selection drives the detail pane: click or Enter shows one message,
// Ctrl/Cmd-click or the Compare checkboxes pick two to diff; with one selected, ↑/↓ move the detail along.
import {
  ModuleRegistry,
  RowSelectionModule,
  type CellKeyDownEvent,
  type FullWidthCellKeyDownEvent,
  type GetRowIdParams,
  type GridReadyEvent,
  type GridApi,
  type IRowNode,
  type RowClassRules,
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

// Garbled records stand out in every column, not only under Flags.
const ROW_CLASSES: RowClassRules<FixMessageRecord> = { 'fix-row-garbled': (p) => p.data?.garbled === true };

const rowId = (p: GetRowIdParams<FixMessageRecord>): string => String(p.data.id);

/** The grid to the feed's whole list: pending async adds first, so none lands twice. */
function resync(api: GridApi<FixMessageRecord>): void {
  api.flushAsyncTransactions();
  api.setGridOption('rowData', [...messageFeed.snapshot()]);
}

const NAVIGATION_KEYS: ReadonlySet<string> = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/** With one message open, the detail moves with the keyboard focus; a comparison (two selected) stays put. */
function followFocus(api: GridApi<FixMessageRecord>): void {
  const focused = api.getFocusedCell();
  const node = focused === null ? undefined : api.getDisplayedRowAtIndex(focused.rowIndex);
  const selected = api.getSelectedNodes();
  if (node !== undefined && selected.length === 1 && selected[0] !== node) selectOnly(api, node);
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

  const clearRequests = useMessageLogStore((s) => s.clearRequests);
  useEffect(() => {
    if (clearRequests > 0) gridRef.current?.api?.deselectAll();
  }, [clearRequests]);

  // The filter predicate is built once per filter change, not once per row.
  const predicate = useRef<(r: FixMessageRecord) => boolean>(currentPredicate());
  useEffect(() => {
    predicate.current = currentPredicate();
    gridRef.current?.api?.onFilterChanged();
  }, [filter, dictionary]);

  const onKeyDown = useCallback(
    (e: CellKeyDownEvent<FixMessageRecord> | FullWidthCellKeyDownEvent<FixMessageRecord>) => {
      const key = e.event instanceof KeyboardEvent ? e.event.key : '';
      if (key === 'Enter' && e.data !== undefined) selectOnly(e.api, e.node);
      else if (key === 'Escape') e.api.deselectAll();
      else if (NAVIGATION_KEYS.has(key)) {
        // ag-grid moves the focus after this handler, in the same keydown: follow it once it has moved.
        const api = e.api;
        queueMicrotask(() => followFocus(api));
      }
    },
    [],
  );

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
      onGridReady={onReady}
      rowClassRules={ROW_CLASSES}
      asyncTransactionWaitMillis={100}
    />
  );
}
