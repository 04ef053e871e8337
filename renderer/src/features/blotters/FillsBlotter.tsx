// Every fill this run has seen (up to MAX_FILLS), newest first. Rows arrive as asynchronous add transactions and
// the grid renders only the rows in view, so 100,000 fills scroll as smoothly as ten.
import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { FillView } from '../../../../shared/domain/orders.js';
import type { GridRow } from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterShell } from './BlotterShell.js';
import { fillColumns } from './fills-columns.js';
import { FillsFeed, fillIdOf } from './fills-feed.js';
import { FILL_GROUPS } from './group-options.js';
import { useBlotter } from './use-blotter.js';

export function FillsBlotter(): ReactNode {
  const b = useBlotter<FillView>('fills', fillIdOf, FILL_GROUPS);
  const { grouping } = b;
  const columns = useMemo(() => fillColumns(), []);
  const feed = useCallback(
    (api: GridApi<GridRow<FillView>>) => {
      const fills = new FillsFeed(api, grouping);
      fills.replace(useWorkstationStore.getState().fills);
      return onOrdersDelta((delta, replaced) => {
        if (replaced) fills.replace(delta.fills);
        else if (delta.fills.length > 0) fills.append(delta.fills);
      });
    },
    [grouping],
  );
  const grid = useMemo(() => ({ emptyText: 'No fills yet', columnDefs: columns, deltaSort: true }), [columns]);

  return (
    <BlotterShell<FillView>
      id="fills"
      title="Fills"
      noun="fills"
      nounOne="fill"
      csvName="fills"
      blotter={b}
      groupOptions={FILL_GROUPS}
      feed={feed}
      grid={grid}
    />
  );
}
