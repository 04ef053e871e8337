// Net position per symbol as the OMS computes it (fills in, marked to the book), updated row by row; one pinned
// totals row per quote currency sums the money columns.
import type { GridApi, GridPreDestroyedEvent, GridReadyEvent, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { PositionView } from '../../../../shared/domain/orders.js';
import {
  exportGridCsv,
  GroupHeader,
  groupKeyHandler,
  isGroupRow,
  PINNED_ROW_MODULES,
  WsGrid,
  type GridRow,
} from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterToolbar } from './BlotterToolbar.js';
import { positionGroups } from './group-options.js';
import { positionColumns } from './positions-columns.js';
import { positionTotals, quoteOf } from './position-totals.js';
import { useBlotter } from './use-blotter.js';
import './blotters.css';

type Row = GridRow<PositionView>;
const symbolOf = (p: PositionView): string => p.symbol;

function refreshTotals(api: GridApi<Row>): void {
  const rows: PositionView[] = [];
  api.forEachNode((n) => {
    if (n.data !== undefined && !isGroupRow(n.data)) rows.push(n.data);
  });
  api.setGridOption('pinnedBottomRowData', positionTotals(rows, useWorkstationStore.getState().instruments));
}

export function PositionsBlotter(): ReactNode {
  const groups = useMemo(() => positionGroups((s) => quoteOf(s, useWorkstationStore.getState().instruments)), []);
  const b = useBlotter<PositionView>('positions', symbolOf, groups);
  const { grouping, restore, save } = b;
  const columns = useMemo(() => positionColumns(), []);
  const offDelta = useRef<(() => void) | null>(null);
  useEffect(() => () => offDelta.current?.(), []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      restore(e.api);
      const replace = (positions: readonly PositionView[]): void => {
        const headers = grouping.setGroupBy(grouping.active, positions);
        e.api.setGridOption('rowData', [...headers.add, ...positions]);
        refreshTotals(e.api);
      };
      replace(Object.values(useWorkstationStore.getState().positions));
      offDelta.current = onOrdersDelta((delta, replaced) => {
        if (replaced) return replace(delta.positions);
        if (delta.positions.length === 0) return;
        const add: PositionView[] = [];
        const update: PositionView[] = [];
        for (const p of delta.positions) (e.api.getRowNode(p.symbol) === undefined ? add : update).push(p);
        const headers = grouping.track(delta.positions, []);
        e.api.applyTransaction({ add: [...headers.add, ...add], update, remove: headers.remove });
        refreshTotals(e.api);
      });
    },
    [grouping, restore],
  );
  const onGridPreDestroyed = useCallback((e: GridPreDestroyedEvent<Row>) => save(e.api), [save]);

  const isExternalFilterPresent = useCallback(() => grouping.hasCollapsed(), [grouping]);
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => grouping.passes(node.data), [grouping]);
  const groupParams = useMemo(() => ({ grouping, noun: 'positions' }), [grouping]);
  const onCellKeyDown = useMemo(() => groupKeyHandler(grouping), [grouping]);

  return (
    <section className="blotter" aria-labelledby="blotter-positions-title">
      <BlotterToolbar
        titleId="blotter-positions-title"
        title="Positions"
        shown={b.shown}
        noun="positions"
        nounOne="position"
        blotter={b}
        groupOptions={groups}
        onExport={() => {
          const grid = b.api();
          if (grid !== null) exportGridCsv(grid, 'positions');
        }}
      />
      <div className="blotter-grid">
        <WsGrid<Row>
          gridRef={b.gridRef}
          label="Positions"
          emptyText="No positions"
          // The totals row is pinned: this grid alone takes the pinned-row module (grid-modules.ts says why).
          modules={PINNED_ROW_MODULES}
          columnDefs={columns}
          context={b.context}
          getRowId={b.getRowId}
          suppressColumnVirtualisation
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
    </section>
  );
}
