// Column builders the blotters share: the identity columns every order-like row starts with, and quantity and
// price columns shown at the instrument's own precision.
import type { ColDef } from 'ag-grid-community';
import type { Side } from '../../../../shared/domain/orders.js';
import {
  decimalColumn,
  priceDecimals,
  qtyDecimals,
  sideColumn,
  textColumn,
  timeColumn,
  type DecimalColumnOptions,
  type GridRow,
} from '../../grid/index.js';

interface SymbolRow {
  readonly symbol: string;
}

interface OrderLikeRow extends SymbolRow {
  readonly sessionId: string;
  readonly side: Side;
}

/** Time (newest first), session, symbol, side: the same four columns lead the fills and working-orders grids. */
export function leadColumns<T extends OrderLikeRow>(time: (row: T) => number): ColDef<GridRow<T>>[] {
  return [
    timeColumn<T>({ colId: 'time', headerName: 'Time', value: time, width: 106, sort: 'desc' }),
    textColumn<T>({ colId: 'session', headerName: 'Session', value: (r) => r.sessionId, width: 110 }),
    textColumn<T>({ colId: 'symbol', headerName: 'Symbol', value: (r) => r.symbol, width: 86 }),
    sideColumn<T>({ colId: 'side', headerName: 'Side', value: (r) => r.side, width: 58 }),
  ];
}

type InstrumentColumnOptions<T> = Omit<DecimalColumnOptions<T>, 'decimals'>;

/** A base-currency quantity at the instrument's lot precision. */
export function qtyColumn<T extends SymbolRow>(o: InstrumentColumnOptions<T>): ColDef<GridRow<T>> {
  return decimalColumn<T>({ ...o, decimals: (r, c) => qtyDecimals(r.symbol, c) });
}

/** A price at the instrument's tick precision. */
export function priceColumn<T extends SymbolRow>(o: InstrumentColumnOptions<T>): ColDef<GridRow<T>> {
  return decimalColumn<T>({ ...o, decimals: (r, c) => priceDecimals(r.symbol, c) });
}
