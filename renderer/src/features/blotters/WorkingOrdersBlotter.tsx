// Working orders across every trading session: each non-terminal order as main reports it, updated in place by
// grid transactions. Amend in the row (Enter on quantity, price or stop; Enter sends, Escape reverts; F2 is left
// to the ticket, whose sell key it is everywhere), cancel in the row (button or Delete), cancel all (scoped to the
// symbol chosen in the toolbar).
import type { CellEditRequestEvent, GridApi, RowClassParams } from 'ag-grid-community';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';
import { useBridge } from '../../bridge/index.js';
import { isGroupRow, type GridRow } from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterShell } from './BlotterShell.js';
import type { Feedback } from './BlotterToolbar.js';
import { ORDER_GROUPS } from './group-options.js';
import { amendOrder, buildAmend, cancelAll, cancelOrder, describeOutcome, type AmendField } from './order-commands.js';
import { isPendingStatus } from './order-labels.js';
import { SymbolScope } from './SymbolScope.js';
import { useBlotter } from './use-blotter.js';
import { AMEND_COLUMN_ID, workingColumns } from './working-columns.js';
import { applyWorkingOrders, replaceWorkingOrders } from './working-feed.js';

type Row = GridRow<OrderView>;
const orderKeyOf = (o: OrderView): string => o.orderKey;
const FIELD_BY_COLUMN: Readonly<Record<string, AmendField>> = { qty: 'qty', price: 'price', stop: 'stopPrice' };

function rowClass(p: RowClassParams<Row>): string | undefined {
  return p.data !== undefined && !isGroupRow(p.data) && isPendingStatus(p.data.status) ? 'ws-row-pending' : undefined;
}

function describeOrder(o: OrderView): string {
  return `${o.side.toUpperCase()} ${o.qty} ${o.symbol} (${o.clOrdId})`;
}

export function WorkingOrdersBlotter(): ReactNode {
  const { api: bridgeApi } = useBridge();
  const b = useBlotter<OrderView>('working', orderKeyOf, ORDER_GROUPS);
  const { api, grouping } = b;
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [symbol, setSymbol] = useState<string | null>(b.savedScope);
  const symbolRef = useRef<string | null>(b.savedScope);
  const pushNotice = useWorkstationStore((s) => s.pushNotice);
  const instruments = useWorkstationStore((s) => s.instruments);
  const inScope = useWorkstationStore((s) => {
    let n = 0;
    for (const o of Object.values(s.orders))
      if (!isTerminalStatus(o.status) && (symbol === null || o.symbol === symbol)) n++;
    return n;
  });

  const report = useCallback(
    (text: string, ok: boolean) => {
      setFeedback({ text, ok, at: Date.now() });
      if (!ok) pushNotice({ level: 'error', text, time: Date.now(), topic: 'blotter:working' });
    },
    [pushNotice],
  );

  const onCancel = useCallback(
    (o: OrderView) => {
      void cancelOrder(bridgeApi, o).then((r) =>
        report(describeOutcome(`Cancel ${describeOrder(o)}`, r, 'sent'), r.ok),
      );
    },
    [bridgeApi, report],
  );
  const onAmend = useCallback(
    (o: OrderView, rowIndex: number) => {
      const grid = api();
      if (grid === null) return;
      const colKey =
        o.price !== null
          ? AMEND_COLUMN_ID.price
          : o.stopPrice !== null
            ? AMEND_COLUMN_ID.stopPrice
            : AMEND_COLUMN_ID.qty;
      grid.ensureIndexVisible(rowIndex);
      grid.setFocusedCell(rowIndex, colKey);
      grid.startEditingCell({ rowIndex, colKey });
    },
    [api],
  );
  const columns = useMemo(() => workingColumns({ onAmend, onCancel }), [onAmend, onCancel]);

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<Row>) => {
      const o = e.data;
      const field = FIELD_BY_COLUMN[e.column.getColId()];
      if (o === undefined || isGroupRow(o) || field === undefined) return;
      const built = buildAmend(o, field, String(e.newValue ?? ''), instruments[o.symbol]);
      if (built === null) return;
      if (!built.ok) return report(`Amend ${describeOrder(o)}: ${built.reason}`, false);
      void amendOrder(bridgeApi, built.request).then((r) =>
        report(
          describeOutcome(
            `Amend ${describeOrder(o)}`,
            r,
            `${field === 'qty' ? 'quantity' : field} → ${String(e.newValue)} sent`,
          ),
          r.ok,
        ),
      );
    },
    [bridgeApi, instruments, report],
  );

  const feed = useCallback(
    (grid: GridApi<Row>) => {
      replaceWorkingOrders(grid, grouping, Object.values(useWorkstationStore.getState().orders));
      return onOrdersDelta((delta, replaced) => {
        if (replaced) replaceWorkingOrders(grid, grouping, delta.orders);
        else if (delta.orders.length > 0) applyWorkingOrders(grid, grouping, delta.orders);
      });
    },
    [grouping],
  );
  const scope = useCallback(() => symbolRef.current, []);
  const scopeFilter = useMemo(
    () => ({
      active: () => symbolRef.current !== null,
      passes: (o: OrderView) => symbolRef.current === null || o.symbol === symbolRef.current,
    }),
    [],
  );
  const grid = useMemo(
    () => ({
      emptyText: 'No working orders',
      columnDefs: columns,
      readOnlyEdit: true,
      // A few dozen rows at most: every column stays in the DOM (status and ids readable by assistive tech).
      suppressColumnVirtualisation: true,
      onCellEditRequest,
      stopEditingWhenCellsLoseFocus: true,
      getRowClass: rowClass,
    }),
    [columns, onCellEditRequest],
  );

  const changeSymbol = (next: string | null): void => {
    symbolRef.current = next;
    setSymbol(next);
    b.api()?.onFilterChanged();
  };

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'Delete' || !(e.target instanceof HTMLElement) || e.target.closest('.ag-cell') === null) return;
    const grid = b.api();
    const focused = grid?.getFocusedCell();
    if (grid === null || grid === undefined || focused === null || focused === undefined) return;
    if (grid.getEditingCells().length > 0) return;
    const data = grid.getDisplayedRowAtIndex(focused.rowIndex)?.data;
    if (data === undefined || isGroupRow(data)) return;
    e.preventDefault();
    e.stopPropagation();
    if (data.status !== 'pending-cancel') onCancel(data);
  };

  const onCancelAll = (): void => {
    const scope = symbol ?? 'all symbols';
    void cancelAll(bridgeApi, symbol).then((r) =>
      report(
        describeOutcome(
          `Cancel all (${scope})`,
          r,
          r.ok ? `${r.value.requested} cancel${r.value.requested === 1 ? '' : 's'} sent` : '',
        ),
        r.ok,
      ),
    );
  };

  return (
    <BlotterShell<OrderView>
      id="working"
      title="Working orders"
      noun="orders"
      nounOne="order"
      csvName="working-orders"
      blotter={b}
      groupOptions={ORDER_GROUPS}
      feed={feed}
      scopeFilter={scopeFilter}
      scope={scope}
      grid={grid}
      onKeyDownCapture={onKeyDownCapture}
      toolbarExtra={
        <>
          <SymbolScope value={symbol} onChange={changeSymbol} />
          <button
            type="button"
            className="ws-toolbar-button danger"
            aria-disabled={inScope === 0}
            onClick={() => inScope > 0 && onCancelAll()}
            title={
              symbol === null ? 'Cancel every working order on every session' : `Cancel every working ${symbol} order`
            }
          >
            {symbol === null ? 'Cancel all' : `Cancel all ${symbol}`}
          </button>
        </>
      }
      footer={
        <p className={`blotter-feedback${feedback?.ok === false ? ' failed' : ''}`} role="status" aria-live="polite">
          {feedback === null
            ? 'Enter on a quantity or price amends it (Enter sends, Escape reverts) · Delete cancels the focused order'
            : `${new Date(feedback.at).toLocaleTimeString('en-GB')} · ${feedback.text}`}
        </p>
      }
    />
  );
}
