// Columns of the working-orders blotter. Quantity, price and stop price edit in place (Enter sends the amend,
// Escape reverts); the grid never writes the typed value into the row (readOnlyEdit): the row changes only when main
// reports the order's new state.
import type { ColDef, EditableCallbackParams } from 'ag-grid-community';
import type { OrderView } from '../../../../shared/domain/orders.js';
import { isGroupRow, textColumn, type GridRow } from '../../grid/index.js';
import { leadColumns, priceColumn, qtyColumn } from './blotter-columns.js';
import { canAmend, hasLimitPrice, hasStopPrice, STATUS_LABEL, statusClass, typeLabel } from './order-labels.js';
import type { AmendField } from './order-commands.js';
import { OrderActionsCell, type OrderActions } from './OrderActionsCell.js';

type Row = GridRow<OrderView>;

function editableFor(field: AmendField) {
  return (p: EditableCallbackParams<Row>): boolean => {
    const o = p.data;
    if (o === undefined || isGroupRow(o) || !canAmend(o)) return false;
    if (field === 'price') return hasLimitPrice(o.type);
    if (field === 'stopPrice') return hasStopPrice(o.type);
    return true;
  };
}

function amendable(col: ColDef<Row>, field: AmendField): ColDef<Row> {
  return {
    ...col,
    editable: editableFor(field),
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { maxLength: 40 },
    // Delete cancels the order (WorkingOrdersBlotter); it must never clear the cell into an empty amend.
    suppressKeyboardEvent: (p) => !p.editing && (p.event.key === 'Delete' || p.event.key === 'Backspace'),
    headerTooltip: 'Enter (or start typing) to amend; Escape reverts',
  };
}

export const AMEND_COLUMN_ID: Readonly<Record<AmendField, string>> = { qty: 'qty', price: 'price', stopPrice: 'stop' };

export function workingColumns(actions: OrderActions): ColDef<Row>[] {
  return [
    ...leadColumns<OrderView>((o) => o.createdAt),
    textColumn<OrderView>({ colId: 'type', headerName: 'Type', value: typeLabel, width: 84 }),
    textColumn<OrderView>({ colId: 'tif', headerName: 'TIF', value: (o) => o.tif, width: 52 }),
    amendable(
      qtyColumn<OrderView>({
        colId: 'qty',
        headerName: 'Qty',
        value: (o) => o.qty,
        width: 90,
      }),
      'qty',
    ),
    amendable(
      priceColumn<OrderView>({
        colId: 'price',
        headerName: 'Price',
        value: (o) => o.price,
        width: 96,
      }),
      'price',
    ),
    amendable(
      priceColumn<OrderView>({
        colId: 'stop',
        headerName: 'Stop',
        value: (o) => o.stopPrice,
        width: 90,
      }),
      'stopPrice',
    ),
    qtyColumn<OrderView>({
      colId: 'filled',
      flash: true,
      headerName: 'Filled',
      headerTooltip: 'CumQty (14)',
      value: (o) => o.cumQty,
      width: 86,
    }),
    qtyColumn<OrderView>({
      colId: 'leaves',
      flash: true,
      headerName: 'Leaves',
      headerTooltip: 'LeavesQty (151)',
      value: (o) => o.leavesQty,
      width: 86,
    }),
    priceColumn<OrderView>({
      colId: 'avgPx',
      flash: true,
      headerName: 'Avg px',
      headerTooltip: 'AvgPx (6)',
      value: (o) => (o.cumQty === '0' ? null : o.avgPx),
      width: 90,
    }),
    textColumn<OrderView>({
      colId: 'status',
      flash: true,
      headerName: 'Status',
      value: (o) => STATUS_LABEL[o.status],
      cellClass: (o) => statusClass(o.status),
      width: 104,
    }),
    textColumn<OrderView>({
      colId: 'clOrdId',
      headerName: 'ClOrdID',
      value: (o) => (o.pendingClOrdId === null ? o.clOrdId : `${o.clOrdId} → ${o.pendingClOrdId}`),
      mono: true,
      width: 150,
    }),
    textColumn<OrderView>({
      colId: 'orderId',
      headerName: 'Venue ID',
      value: (o) => o.orderId,
      mono: true,
      width: 130,
    }),
    textColumn<OrderView>({ colId: 'text', headerName: 'Text', value: (o) => o.text, width: 160, minWidth: 80 }),
    {
      colId: 'actions',
      headerName: '',
      headerTooltip: 'Amend (Enter on a quantity or price) · Cancel (Delete)',
      pinned: 'right',
      width: 112,
      minWidth: 112,
      resizable: false,
      sortable: false,
      filter: false,
      floatingFilter: false,
      suppressMovable: true,
      cellRenderer: OrderActionsCell,
      cellRendererParams: actions,
      cellClass: 'ws-actions-cell',
    },
  ];
}
