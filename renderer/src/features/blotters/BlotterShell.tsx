// The frame the three blotters share: toolbar (title, count, quick filter, group by, CSV export), the grid with its
// group header rows and the external filter that hides collapsed groups, the view restored on ready and saved on
// destroy, and the subscription to main's order deltas, dropped when the panel unmounts.
import type { GridApi, GridPreDestroyedEvent, GridReadyEvent, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import {
  exportGridCsv,
  GroupHeader,
  groupKeyHandler,
  isGroupRow,
  WsGrid,
  type GridRow,
  type GroupBy,
  type WsGridProps,
} from '../../grid/index.js';
import { BlotterToolbar } from './BlotterToolbar.js';
import type { Blotter } from './use-blotter.js';
import './blotters.css';

/** A filter of the blotter's own on top of grouping (the working blotter's symbol scope); group rows always pass. */
export interface ScopeFilter<T> {
  active(): boolean;
  passes(row: T): boolean;
}

type ShellGridProps<T> = Omit<
  WsGridProps<GridRow<T>>,
  | 'gridRef'
  | 'label'
  | 'context'
  | 'getRowId'
  | 'isExternalFilterPresent'
  | 'doesExternalFilterPass'
  | 'alwaysPassFilter'
  | 'isFullWidthRow'
  | 'fullWidthCellRenderer'
  | 'fullWidthCellRendererParams'
  | 'onCellKeyDown'
  | 'onGridReady'
  | 'onGridPreDestroyed'
  | 'onModelUpdated'
>;

export interface BlotterShellProps<T> {
  /** Names the title's id ("blotter-<id>-title"). */
  readonly id: string;
  readonly title: string;
  readonly noun: string;
  readonly nounOne: string;
  readonly csvName: string;
  readonly blotter: Blotter<T>;
  readonly groupOptions: readonly GroupBy<T>[];
  /** Loads the rows and subscribes to their updates; returns the unsubscribe. */
  readonly feed: (api: GridApi<GridRow<T>>) => () => void;
  readonly scopeFilter?: ScopeFilter<T>;
  /** The blotter's own state saved with its view (SavedView.scope). */
  readonly scope?: () => string | null;
  readonly grid: ShellGridProps<T>;
  readonly toolbarExtra?: ReactNode;
  readonly onKeyDownCapture?: (e: KeyboardEvent<HTMLDivElement>) => void;
  readonly footer?: ReactNode;
}

export function BlotterShell<T>(p: BlotterShellProps<T>): ReactNode {
  const { blotter: b, feed, scopeFilter, scope } = p;
  const { grouping, restore, save } = b;
  const offFeed = useRef<(() => void) | null>(null);
  useEffect(() => () => offFeed.current?.(), []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<GridRow<T>>) => {
      restore(e.api);
      offFeed.current = feed(e.api);
    },
    [restore, feed],
  );
  const onGridPreDestroyed = useCallback(
    (e: GridPreDestroyedEvent<GridRow<T>>) => save(e.api, scope?.() ?? null),
    [save, scope],
  );

  const isExternalFilterPresent = useCallback(
    () => scopeFilter?.active() === true || grouping.hasCollapsed(),
    [grouping, scopeFilter],
  );
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<GridRow<T>>) => {
      const d = node.data;
      if (d === undefined || isGroupRow(d)) return true;
      return (scopeFilter === undefined || scopeFilter.passes(d)) && grouping.passes(d);
    },
    [grouping, scopeFilter],
  );
  const groupParams = useMemo(() => ({ grouping, noun: p.noun }), [grouping, p.noun]);
  const onCellKeyDown = useMemo(() => groupKeyHandler(grouping), [grouping]);

  return (
    <section className="blotter" aria-labelledby={`blotter-${p.id}-title`}>
      <BlotterToolbar
        titleId={`blotter-${p.id}-title`}
        title={p.title}
        shown={b.shown}
        noun={p.noun}
        nounOne={p.nounOne}
        blotter={b}
        groupOptions={p.groupOptions}
        onExport={() => {
          const grid = b.api();
          if (grid !== null) exportGridCsv(grid, p.csvName);
        }}
      >
        {p.toolbarExtra}
      </BlotterToolbar>
      <div className="blotter-grid" onKeyDownCapture={p.onKeyDownCapture}>
        <WsGrid<GridRow<T>>
          {...p.grid}
          gridRef={b.gridRef}
          label={p.title}
          context={b.context}
          getRowId={b.getRowId}
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          alwaysPassFilter={b.alwaysPassFilter}
          isFullWidthRow={b.isFullWidthRow}
          fullWidthCellRenderer={GroupHeader}
          fullWidthCellRendererParams={groupParams}
          onCellKeyDown={onCellKeyDown}
          onGridReady={onGridReady}
          onGridPreDestroyed={onGridPreDestroyed}
          onModelUpdated={b.recount}
        />
      </div>
      {p.footer}
    </section>
  );
}
