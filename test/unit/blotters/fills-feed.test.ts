import type { GridApi, RowDataTransaction } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import type { FillView } from '../../../shared/domain/orders.js';
import { FillsFeed } from '../../../renderer/src/features/blotters/fills-feed.js';
import { GridGrouping } from '../../../renderer/src/grid/grid-grouping.js';
import { isGroupRow, type GridRow } from '../../../renderer/src/grid/group-rows.js';

type Row = GridRow<FillView>;

/** The slice of GridApi the feed uses, recording what the grid would hold. */
function fakeGrid(): { api: GridApi<Row>; ids: () => string[] } {
  let rows: Row[] = [];
  const id = (r: Row): string => (isGroupRow(r) ? r.rowId : `${r.sessionId}/${r.execId}`);
  const api = {
    flushAsyncTransactions: () => undefined,
    setGridOption: (key: string, value: Row[]) => {
      if (key === 'rowData') rows = [...value];
    },
    applyTransactionAsync: (t: RowDataTransaction<Row>) => {
      const gone = new Set((t.remove ?? []).map(id));
      rows = [...rows.filter((r) => !gone.has(id(r))), ...(t.add ?? [])];
    },
  } as unknown as GridApi<Row>;
  return { api, ids: () => rows.map(id) };
}

const fill = (n: number, symbol = 'BTC/USD'): FillView => ({
  execId: `E${n}`,
  orderKey: 'demo-trading:1',
  sessionId: 'demo-trading',
  symbol,
  side: 'buy',
  qty: '1',
  price: '100',
  fee: '0',
  feeCurrency: 'USD',
  liquidity: 'maker',
  time: n,
});

describe('the fills grid feed', () => {
  it('adds each fill once, however often main repeats it', () => {
    const grid = fakeGrid();
    const feed = new FillsFeed(grid.api, new GridGrouping<FillView>((f) => f.execId), 10);
    feed.replace([fill(1), fill(2), fill(1)]);
    feed.append([fill(2), fill(3), fill(3)]);
    expect(grid.ids()).toEqual(['demo-trading/E1', 'demo-trading/E2', 'demo-trading/E3']);
    expect(feed.size).toBe(3);
  });

  it('keeps only the newest fills past its limit, dropping the oldest first', () => {
    const grid = fakeGrid();
    const feed = new FillsFeed(grid.api, new GridGrouping<FillView>((f) => f.execId), 3);
    feed.replace([fill(1), fill(2), fill(3), fill(4)]);
    expect(grid.ids()).toEqual(['demo-trading/E2', 'demo-trading/E3', 'demo-trading/E4']);
    feed.append([fill(5), fill(6)]);
    expect(grid.ids()).toEqual(['demo-trading/E4', 'demo-trading/E5', 'demo-trading/E6']);
    // A trimmed fill is forgotten: should main send it again, it is shown again.
    feed.append([fill(2)]);
    expect(grid.ids()).toEqual(['demo-trading/E5', 'demo-trading/E6', 'demo-trading/E2']);
  });

  it('adds and removes group headers with the fills while grouped', () => {
    const grid = fakeGrid();
    const grouping = new GridGrouping<FillView>((f) => `${f.sessionId}/${f.execId}`);
    grouping.setGroupBy({ id: 'symbol', label: 'Symbol', keyOf: (f) => f.symbol }, []);
    const feed = new FillsFeed(grid.api, grouping, 2);
    feed.append([fill(1, 'ETH/USD')]);
    expect(grid.ids()).toEqual(['group:ETH/USD', 'demo-trading/E1']);
    feed.append([fill(2), fill(3)]);
    expect(grid.ids()).toEqual(['group:BTC/USD', 'demo-trading/E2', 'demo-trading/E3']);
  });
});
