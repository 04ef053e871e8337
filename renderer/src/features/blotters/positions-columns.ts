// Columns of the positions blotter: signed quantity coloured long/short, P&L coloured by sign, money in the quote
// currency at no fewer than two decimals.
import type { ColDef } from 'ag-grid-community';
import type { PositionView } from '../../../../shared/domain/orders.js';
import {
  decimalColumn,
  priceDecimals,
  textColumn,
  timeColumn,
  type GridContext,
  type GridRow,
} from '../../grid/index.js';
import { priceColumn, qtyColumn } from './blotter-columns.js';
import { isTotalRow } from './position-totals.js';

function moneyDecimals(p: PositionView, c: GridContext): number {
  return Math.max(2, priceDecimals(p.symbol, c) ?? 2);
}

export function positionColumns(): ColDef<GridRow<PositionView>>[] {
  return [
    textColumn<PositionView>({ colId: 'symbol', headerName: 'Symbol', value: (p) => p.symbol, width: 100 }),
    qtyColumn<PositionView>({
      colId: 'qty',
      flash: true,
      headerName: 'Position',
      headerTooltip: 'Signed: long positive, short negative (base currency)',
      value: (p) => p.qty,
      signed: true,
      width: 110,
    }),
    decimalColumn<PositionView>({
      colId: 'avgCost',
      headerName: 'Avg cost',
      value: (p) => p.avgCost,
      decimals: (p, c) => {
        const d = priceDecimals(p.symbol, c);
        return d === undefined ? undefined : d + 2;
      },
      width: 104,
    }),
    priceColumn<PositionView>({
      colId: 'mark',
      headerName: 'Mark',
      headerTooltip: 'Book mid, or last trade when the book is one-sided',
      value: (p) => p.markPrice,
      width: 96,
    }),
    decimalColumn<PositionView>({
      colId: 'unrealised',
      headerName: 'Unrealised',
      value: (p) => p.unrealisedPnl,
      decimals: moneyDecimals,
      signed: true,
      width: 104,
    }),
    decimalColumn<PositionView>({
      colId: 'realised',
      flash: true,
      headerName: 'Realised',
      headerTooltip: 'Fees included',
      value: (p) => p.realisedPnl,
      decimals: moneyDecimals,
      signed: true,
      width: 104,
    }),
    decimalColumn<PositionView>({
      colId: 'fees',
      headerName: 'Fees',
      value: (p) => p.fees,
      decimals: moneyDecimals,
      width: 90,
    }),
    textColumn<PositionView>({
      colId: 'quote',
      headerName: 'Ccy',
      headerTooltip: 'Quote currency of the P&L and fees',
      value: (p) => (isTotalRow(p) ? '' : (p.symbol.split('/')[1] ?? '')),
      width: 56,
    }),
    timeColumn<PositionView>({
      colId: 'updated',
      headerName: 'Updated',
      value: (p) => (isTotalRow(p) ? Number.NaN : p.updatedAt),
      width: 106,
    }),
  ];
}
