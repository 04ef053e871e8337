// Working orders across every trading session: each non-terminal order as main reports it, updated in place by
// grid transactions. Amend in the row (Enter on quantity, price or stop; Enter sends, Escape reverts; F2 is left
// to the ticket, whose sell key it is everywhere), cancel in the row (button or Delete), cancel all (scoped to the
// symbol chosen in the toolbar).
import type {
  CellEditRequestEvent,
  GridPreDestroyedEvent,
  GridReadyEvent,
  IRowNode,
  RowClassParams,
} from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';
import { useBridge } from '../../bridge/index.js';
import { exportGridCsv, GroupHeader, groupKeyHandler, isGroupRow, WsGrid, type GridRow } from '../../grid/index.js';
import { onOrdersDelta } from '../../state/orders-slice.js';
import { useWorkstationStore } from '../../state/store.js';
import { BlotterToolbar, type Feedback } from './BlotterToolbar.js';
import { ORDER_GROUPS } from './group-options.js';
import { amendOrder, buildAmend, cancelAll, cancelOrder, describeOutcome, type AmendField } from './order-commands.js';
import { isPendingStatus } from './order-labels.js';
import { SymbolScope } from './SymbolScope.js';
import { useBlotter } from './use-blotter.js';
import { AMEND_COLUMN_ID, workingColumns } from './working-columns.js';
import { applyWorkingOrders, replaceWorkingOrders } from './working-feed.js';
import './blotters.css';

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
  const { api, grouping, restore, save } = b;
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

  const offDelta = useRef<(() => void) | null>(null);
  useEffect(() => () => offDelta.current?.(), []);
  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      restore(e.api);
      replaceWorkingOrders(e.api, grouping, Object.values(useWorkstationStore.getState().orders));
      offDelta.current = onOrdersDelta((delta, replaced) => {
        if (replaced) replaceWorkingOrders(e.api, grouping, delta.orders);
        else if (delta.orders.length > 0) applyWorkingOrders(e.api, grouping, delta.orders);
      });
    },
    [grouping, restore],
  );
  const onGridPreDestroyed = useCallback((e: GridPreDestroyedEvent<Row>) => save(e.api, symbolRef.current), [save]);

  const isExternalFilterPresent = useCallback(() => symbolRef.current !== null || grouping.hasCollapsed(), [grouping]);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<Row>) => {
      const d = node.data;
      if (d === undefined || isGroupRow(d)) return true;
      return (symbolRef.current === null || d.symbol === symbolRef.current) && grouping.passes(d);
    },
    [grouping],
  );
  const groupParams = useMemo(() => ({ grouping, noun: 'orders' }), [grouping]);
  const onCellKeyDown = useMemo(() => groupKeyHandler(grouping), [grouping]);

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
    <section className="blotter" aria-labelledby="blotter-working-title">
      <BlotterToolbar
        titleId="blotter-working-title"
        title="Working orders"
        shown={b.shown}
        noun="orders"
        nounOne="order"
        blotter={b}
        groupOptions={ORDER_GROUPS}
        onExport={() => {
          const grid = b.api();
          if (grid !== null) exportGridCsv(grid, 'working-orders');
        }}
      >
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
      </BlotterToolbar>
      <div className="blotter-grid" onKeyDownCapture={onKeyDownCapture}>
        <WsGrid<Row>
          gridRef={b.gridRef}
          label="Working orders"
          emptyText="No working orders"
          columnDefs={columns}
          context={b.context}
          getRowId={b.getRowId}
          readOnlyEdit
          // A few dozen rows at most: every column stays in the DOM (status and ids readable by assistive tech).
          suppressColumnVirtualisation
          onCellEditRequest={onCellEditRequest}
          stopEditingWhenCellsLoseFocus
          isExternalFilterPresent={isExternalFilterPresent}
          doesExternalFilterPass={doesExternalFilterPass}
          alwaysPassFilter={b.alwaysPassFilter}
          isFullWidthRow={b.isFullWidthRow}
          fullWidthCellRenderer={GroupHeader}
          fullWidthCellRendererParams={groupParams}
          onCellKeyDown={onCellKeyDown}
          getRowClass={rowClass}
          onGridReady={onGridReady}
          onGridPreDestroyed={onGridPreDestroyed}
          onModelUpdated={b.recount}
        />
      </div>
      <p className={`blotter-feedback${feedback?.ok === false ? ' failed' : ''}`} role="status" aria-live="polite">
        {feedback === null
          ? 'Enter on a quantity or price amends it (Enter sends, Escape reverts) · Delete cancels the focused order'
          : `${new Date(feedback.at).toLocaleTimeString('en-GB')} · ${feedback.text}`}
      </p>
    </section>
  );
}
