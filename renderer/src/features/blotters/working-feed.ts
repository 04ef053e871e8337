// Keeps the working-orders grid in step with main: every orders delta becomes one ag-grid transaction (add a new
// working order, update one that changed, remove one that became terminal), never a reload of the rows, so the grid
// keeps scroll, focus and editing through a busy market. Only a full snapshot (link up, reload) replaces the rows.
import type { GridApi } from 'ag-grid-community';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';
import type { GridGrouping } from '../../grid/grid-grouping.js';
import type { GridRow } from '../../grid/group-rows.js';

type Row = GridRow<OrderView>;

export function applyWorkingOrders(
  api: GridApi<Row>,
  grouping: GridGrouping<OrderView>,
  orders: readonly OrderView[],
): void {
  const add: OrderView[] = [];
  const update: OrderView[] = [];
  const remove: OrderView[] = [];
  for (const o of orders) {
    const present = api.getRowNode(o.orderKey) !== undefined;
    if (isTerminalStatus(o.status)) {
      if (present) remove.push(o);
    } else if (present) update.push(o);
    else add.push(o);
  }
  if (add.length + update.length + remove.length === 0) return;
  const headers = grouping.track(
    [...add, ...update],
    remove.map((o) => o.orderKey),
  );
  api.applyTransaction({ add: [...headers.add, ...add], update, remove: [...remove, ...headers.remove] });
}

export function replaceWorkingOrders(
  api: GridApi<Row>,
  grouping: GridGrouping<OrderView>,
  orders: Iterable<OrderView>,
): void {
  const working = [...orders].filter((o) => !isTerminalStatus(o.status));
  const headers = grouping.setGroupBy(grouping.active, working);
  api.setGridOption('rowData', [...headers.add, ...working]);
}
