// What the three blotters share around their grid: the grid API once ready, the formatting context (instrument
// precisions, refreshed in place when instruments arrive), the quick filter, "group by" with its header rows, a
// count of the rows shown, and the trader's view of the grid (column order, widths, sort, filters, grouping) kept
// across tab switches, which unmount the panel.
import type { ColumnState, FilterModel, GridApi, IRowNode } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { GridGrouping, isGroupRow, type GridContext, type GridRow, type GroupBy } from '../../grid/index.js';
import { useWorkstationStore } from '../../state/store.js';

interface SavedView {
  readonly quickFilter: string;
  readonly groupId: string | null;
  readonly scope: string | null;
  readonly columns: ColumnState[];
  readonly filters: FilterModel;
}

/** Per blotter, for this renderer's lifetime (a reload starts from the defaults). */
const savedViews = new Map<string, SavedView>();

export interface Blotter<T> {
  readonly gridRef: RefObject<AgGridReact<GridRow<T>> | null>;
  readonly api: () => GridApi<GridRow<T>> | null;
  readonly context: GridContext;
  readonly quickFilter: string;
  setQuickFilter(text: string): void;
  readonly grouping: GridGrouping<T>;
  readonly groupId: string | null;
  setGroupId(id: string | null): void;
  readonly shown: number;
  /** Recount after the grid's rows change (onModelUpdated). */
  recount(): void;
  readonly getRowId: (p: { data: GridRow<T> }) => string;
  readonly isFullWidthRow: (p: { rowNode: IRowNode<GridRow<T>> }) => boolean;
  readonly alwaysPassFilter: (node: IRowNode<GridRow<T>>) => boolean;
  /** The blotter's own scope (the working blotter's symbol) as it was when the panel last closed. */
  readonly savedScope: string | null;
  /** Call first in onGridReady: puts back columns, filters and grouping as the trader left them. */
  restore(api: GridApi<GridRow<T>>): void;
  /** onGridPreDestroyed: remembers the view; `scope` is the blotter's own extra state. */
  save(api: GridApi<GridRow<T>>, scope?: string | null): void;
}

export function useBlotter<T>(key: string, idOf: (row: T) => string, groupOptions: readonly GroupBy<T>[]): Blotter<T> {
  const saved = savedViews.get(key);
  const gridRef = useRef<AgGridReact<GridRow<T>>>(null);
  const api = useCallback((): GridApi<GridRow<T>> | null => gridRef.current?.api ?? null, []);
  const instruments = useWorkstationStore((s) => s.instruments);
  // ag-grid reads `context` once (@initial), so the grid keeps this one object and it is updated in place.
  const context = useRef<{ instruments: Readonly<Record<string, InstrumentInfo>> }>({ instruments }).current;
  useEffect(() => {
    context.instruments = instruments;
    api()?.refreshCells({ force: true });
  }, [instruments, context, api]);

  const [quickFilter, setQuickFilter] = useState(saved?.quickFilter ?? '');
  useEffect(() => api()?.setGridOption('quickFilterText', quickFilter), [quickFilter, api]);

  const grouping = useMemo(() => {
    const g = new GridGrouping<T>(idOf);
    g.setGroupBy(groupOptions.find((o) => o.id === savedViews.get(key)?.groupId) ?? null, []);
    return g;
  }, [idOf, groupOptions, key]);
  const [groupId, setGroupIdState] = useState<string | null>(grouping.active?.id ?? null);
  const setGroupId = useCallback(
    (id: string | null) => {
      const grid = api();
      if (grid === null) return;
      grid.flushAsyncTransactions();
      const rows: T[] = [];
      grid.forEachNode((n) => {
        if (n.data !== undefined && !isGroupRow(n.data)) rows.push(n.data);
      });
      const by = groupOptions.find((g) => g.id === id) ?? null;
      const headers = grouping.setGroupBy(by, rows);
      grid.applyTransaction({ add: headers.add, remove: headers.remove });
      // postSortRows turns ag-grid's delta sort off, so it is only set while grouping.
      grid.setGridOption('postSortRows', by === null ? undefined : grouping.postSortRows);
      grid.onFilterChanged();
      setGroupIdState(by === null ? null : by.id);
    },
    [api, grouping, groupOptions],
  );

  const [shown, setShown] = useState(0);
  const recount = useCallback(() => {
    const grid = api();
    if (grid === null) return;
    let n = 0;
    if (grid.isAnyFilterPresent()) {
      grid.forEachNodeAfterFilter((node) => {
        if (!isGroupRow(node.data)) n++;
      });
    } else {
      grid.forEachNode((node) => {
        if (!isGroupRow(node.data)) n++;
      });
    }
    setShown(n);
  }, [api]);

  const getRowId = useCallback((p: { data: GridRow<T> }) => (isGroupRow(p.data) ? p.data.rowId : idOf(p.data)), [idOf]);
  const isFullWidthRow = useCallback((p: { rowNode: IRowNode<GridRow<T>> }) => isGroupRow(p.rowNode.data), []);
  const alwaysPassFilter = useCallback((node: IRowNode<GridRow<T>>) => isGroupRow(node.data), []);

  const latest = useRef({ quickFilter, groupId });
  latest.current = { quickFilter, groupId };
  const restore = useCallback(
    (grid: GridApi<GridRow<T>>) => {
      const view = savedViews.get(key);
      if (view !== undefined) {
        grid.applyColumnState({ state: view.columns, applyOrder: true });
        grid.setFilterModel(view.filters);
      }
      grid.setGridOption('quickFilterText', latest.current.quickFilter);
      if (grouping.active !== null) grid.setGridOption('postSortRows', grouping.postSortRows);
    },
    [key, grouping],
  );
  const save = useCallback(
    (grid: GridApi<GridRow<T>>, scope: string | null = null) => {
      savedViews.set(key, {
        ...latest.current,
        scope,
        columns: grid.getColumnState(),
        filters: grid.getFilterModel(),
      });
    },
    [key],
  );

  return {
    gridRef,
    api,
    context,
    quickFilter,
    setQuickFilter,
    grouping,
    groupId,
    setGroupId,
    shown,
    recount,
    getRowId,
    isFullWidthRow,
    alwaysPassFilter,
    savedScope: saved?.scope ?? null,
    restore,
    save,
  };
}
