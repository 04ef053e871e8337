// Net position per symbol as the OMS computes it (fills in, marked to the book), updated row by row; one pinned
// totals row per quote currency sums the money columns.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { PositionView } from '../../../../shared/domain/orders.js';
import { isGroupRow, PINNED_ROW_MODULES, type GridRow } from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterShell } from './BlotterShell.js';
import { positionGroups } from './group-options.js';
import { positionColumns } from './positions-columns.js';
import { positionTotals, quoteOf } from './position-totals.js';
import { useBlotter } from './use-blotter.js';

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
  const { grouping } = b;
  const columns = useMemo(() => positionColumns(), []);
  const feed = useCallback(
    (api: GridApi<Row>) => {
      const replace = (positions: readonly PositionView[]): void => {
        const headers = grouping.setGroupBy(grouping.active, positions);
        api.setGridOption('rowData', [...headers.add, ...positions]);
        refreshTotals(api);
      };
      replace(Object.values(useWorkstationStore.getState().positions));
      return onOrdersDelta((delta, replaced) => {
        if (replaced) return replace(delta.positions);
        if (delta.positions.length === 0) return;
        const add: PositionView[] = [];
        const update: PositionView[] = [];
        for (const p of delta.positions) (api.getRowNode(p.symbol) === undefined ? add : update).push(p);
        const headers = grouping.track(delta.positions, []);
        api.applyTransaction({ add: [...headers.add, ...add], update, remove: headers.remove });
        refreshTotals(api);
      });
    },
    [grouping],
  );
  const grid = useMemo(
    () => ({
      emptyText: 'No positions',
      // The totals row is pinned: this grid alone takes the pinned-row module (grid-modules.ts says why).
      modules: PINNED_ROW_MODULES,
      columnDefs: columns,
      suppressColumnVirtualisation: true,
    }),
    [columns],
  );

  return (
    <BlotterShell<PositionView>
      id="positions"
      title="Positions"
      noun="positions"
      nounOne="position"
      csvName="positions"
      blotter={b}
      groupOptions={groups}
      feed={feed}
      grid={grid}
    />
  );
}
