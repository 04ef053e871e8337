// Every fill this run has seen (up to MAX_FILLS), newest first. Rows arrive as asynchronous add transactions and
// the grid renders only the rows in view, so 100,000 fills scroll as smoothly as ten.
import type { GridPreDestroyedEvent, GridReadyEvent, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { FillView } from '../../../../shared/domain/orders.js';
import { exportGridCsv, GroupHeader, groupKeyHandler, WsGrid, type GridRow } from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterToolbar } from './BlotterToolbar.js';
import { fillColumns } from './fills-columns.js';
import { FillsFeed, fillIdOf } from './fills-feed.js';
import { FILL_GROUPS } from './group-options.js';
import { useBlotter } from './use-blotter.js';
import './blotters.css';

type Row = GridRow<FillView>;

export function FillsBlotter(): ReactNode {
  const b = useBlotter<FillView>('fills', fillIdOf, FILL_GROUPS);
  const { grouping, restore, save } = b;
  const columns = useMemo(() => fillColumns(), []);
  const offDelta = useRef<(() => void) | null>(null);
  useEffect(() => () => offDelta.current?.(), []);

  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      restore(e.api);
      const feed = new FillsFeed(e.api, grouping);
      feed.replace(useWorkstationStore.getState().fills);
      offDelta.current = onOrdersDelta((delta, replaced) => {
        if (replaced) feed.replace(delta.fills);
        else if (delta.fills.length > 0) feed.append(delta.fills);
      });
    },
    [grouping, restore],
  );
  const onGridPreDestroyed = useCallback((e: GridPreDestroyedEvent<Row>) => save(e.api), [save]);

  const isExternalFilterPresent = useCallback(() => grouping.hasCollapsed(), [grouping]);
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => grouping.passes(node.data), [grouping]);
  const groupParams = useMemo(() => ({ grouping, noun: 'fills' }), [grouping]);
  const onCellKeyDown = useMemo(() => groupKeyHandler(grouping), [grouping]);

  return (
    <section className="blotter" aria-labelledby="blotter-fills-title">
      <BlotterToolbar
        titleId="blotter-fills-title"
        title="Fills"
        shown={b.shown}
        noun="fills"
        nounOne="fill"
        blotter={b}
        groupOptions={FILL_GROUPS}
        onExport={() => {
          const grid = b.api();
          if (grid !== null) exportGridCsv(grid, 'fills');
        }}
      />
      <div className="blotter-grid">
        <WsGrid<Row>
          gridRef={b.gridRef}
          label="Fills"
          emptyText="No fills yet"
          columnDefs={columns}
          context={b.context}
          getRowId={b.getRowId}
          deltaSort
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
