// The actions at the end of a working order's row. Keyboard users reach the same actions from any cell of the row
// (Delete cancels, Enter on quantity or price amends), so the buttons stay out of the grid's cell-to-cell Tab
// order and the grid keeps one focus model.
import type { ICellRendererParams } from 'ag-grid-community';
import type { ReactNode } from 'react';
import type { OrderView } from '../../../../shared/domain/orders.js';
import { isGroupRow, type GridRow } from '../../grid/index.js';
import { canAmend, canCancel } from './order-labels.js';

export interface OrderActions {
  readonly onAmend: (order: OrderView, rowIndex: number) => void;
  readonly onCancel: (order: OrderView) => void;
}

export function OrderActionsCell(props: ICellRendererParams<GridRow<OrderView>> & OrderActions): ReactNode {
  const { data, node, onAmend, onCancel } = props;
  if (data === undefined || isGroupRow(data)) return null;
  const amendable = canAmend(data);
  const cancellable = canCancel(data);
  const name = `${data.side} ${data.qty} ${data.symbol} ${data.clOrdId}`;
  return (
    <span className="ws-row-actions">
      <button
        type="button"
        tabIndex={-1}
        className="ws-row-button"
        aria-label={`Amend order ${name}`}
        aria-disabled={!amendable}
        title={amendable ? 'Amend quantity or price (Enter on the cell)' : 'Not amendable while a request is pending'}
        onClick={() => amendable && onAmend(data, node.rowIndex ?? 0)}
      >
        Amend
      </button>
      <button
        type="button"
        tabIndex={-1}
        className="ws-row-button cancel"
        aria-label={`Cancel order ${name}`}
        aria-disabled={!cancellable}
        title={cancellable ? 'Cancel (Delete)' : 'Cancel already requested'}
        onClick={() => cancellable && onCancel(data)}
      >
        Cancel
      </button>
    </span>
  );
}
