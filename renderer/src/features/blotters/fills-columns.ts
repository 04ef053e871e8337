// Columns of the fills blotter: plain value formatters only (no per-cell React components), so a scroll through
// 100,000 fills renders nothing heavier than text.
import type { ColDef } from 'ag-grid-community';
import type { FillView } from '../../../../shared/domain/orders.js';
import { decimalColumn, priceDecimals, textColumn, type GridRow } from '../../grid/index.js';
import { leadColumns, priceColumn, qtyColumn } from './blotter-columns.js';

const LIQUIDITY_LABEL = { maker: 'Maker', taker: 'Taker', unknown: '—' } as const;

export function fillColumns(): ColDef<GridRow<FillView>>[] {
  return [
    ...leadColumns<FillView>((f) => f.time),
    qtyColumn<FillView>({
      colId: 'qty',
      headerName: 'Qty',
      headerTooltip: 'LastQty (32)',
      value: (f) => f.qty,
      width: 96,
    }),
    priceColumn<FillView>({
      colId: 'price',
      headerName: 'Price',
      headerTooltip: 'LastPx (31)',
      value: (f) => f.price,
      width: 100,
    }),
    decimalColumn<FillView>({
      colId: 'fee',
      headerName: 'Fee',
      headerTooltip: 'Commission (12)',
      value: (f) => f.fee,
      // Fees run finer than prices (a fraction of a basis point of the notional): three digits past the price's.
      decimals: (f, c) => Math.max(2, priceDecimals(f.symbol, c) ?? 2) + 3,
      width: 90,
    }),
    textColumn<FillView>({ colId: 'feeCcy', headerName: 'Fee ccy', value: (f) => f.feeCurrency, width: 64 }),
    textColumn<FillView>({
      colId: 'liquidity',
      headerName: 'Liq',
      headerTooltip: 'Maker (added liquidity) or taker (removed it)',
      value: (f) => LIQUIDITY_LABEL[f.liquidity],
      width: 60,
    }),
    textColumn<FillView>({ colId: 'execId', headerName: 'ExecID', value: (f) => f.execId, mono: true, width: 150 }),
    textColumn<FillView>({ colId: 'orderKey', headerName: 'Order', value: (f) => f.orderKey, mono: true, width: 180 }),
  ];
}
