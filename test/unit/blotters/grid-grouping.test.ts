import type { IRowNode, PostSortRowsParams } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { GridGrouping } from '../../../renderer/src/grid/grid-grouping.js';
import { isGroupRow, type GridRow, type GroupBy } from '../../../renderer/src/grid/group-rows.js';

interface Row {
  readonly id: string;
  readonly symbol: string;
}

const BY_SYMBOL: GroupBy<Row> = { id: 'symbol', label: 'Symbol', keyOf: (r) => r.symbol };
const rows: Row[] = [
  { id: 'a', symbol: 'ETH/USD' },
  { id: 'b', symbol: 'BTC/USD' },
  { id: 'c', symbol: 'ETH/USD' },
];

function sortNodes(g: GridGrouping<Row>, data: GridRow<Row>[]): string[] {
  const nodes = data.map((d) => ({ data: d }) as IRowNode<GridRow<Row>>);
  g.postSortRows({ nodes } as PostSortRowsParams<GridRow<Row>>);
  return nodes.map((n) => (isGroupRow(n.data) ? `[${n.data.key}]` : (n.data as Row).id));
}

describe('community grouping for the grids', () => {
  it('adds one header per key and removes it with its last row', () => {
    const g = new GridGrouping<Row>((r) => r.id);
    const first = g.setGroupBy(BY_SYMBOL, rows);
    expect(first.add.map((h) => h.rowId).sort()).toEqual(['group:BTC/USD', 'group:ETH/USD']);
    expect(g.track([], ['a'])).toEqual({ add: [], remove: [] });
    expect(g.track([], ['c']).remove.map((h) => h.key)).toEqual(['ETH/USD']);
    expect(g.track([{ id: 'd', symbol: 'SOL/USD' }], []).add.map((h) => h.key)).toEqual(['SOL/USD']);
    expect(g.counts('BTC/USD')).toEqual({ shown: 0, total: 1 });
  });

  it('keeps each group under its header in the grid’s own order, groups in key order', () => {
    const g = new GridGrouping<Row>((r) => r.id);
    const headers = g.setGroupBy(BY_SYMBOL, rows).add;
    // As the grid sorted them (say newest first), headers wherever the sort left them.
    const sorted = sortNodes(g, [rows[2]!, headers[0]!, rows[1]!, rows[0]!, headers[1]!]);
    expect(sorted).toEqual(['[BTC/USD]', 'b', '[ETH/USD]', 'c', 'a']);
    expect(g.counts('ETH/USD')).toEqual({ shown: 2, total: 2 });
  });

  it('drops a header whose rows are all filtered out, unless the group is collapsed', () => {
    const g = new GridGrouping<Row>((r) => r.id);
    const headers = g.setGroupBy(BY_SYMBOL, rows).add;
    expect(sortNodes(g, [...headers, rows[1]!])).toEqual(['[BTC/USD]', 'b']);
    g.toggle('ETH/USD');
    expect(g.passes(rows[0])).toBe(false);
    expect(g.passes(rows[1])).toBe(true);
    expect(g.passes(headers[1])).toBe(true);
    expect(sortNodes(g, [...headers, rows[1]!])).toEqual(['[BTC/USD]', 'b', '[ETH/USD]']);
    expect(g.counts('ETH/USD')).toEqual({ shown: 2, total: 2 });
  });

  it('removes every header when grouping is switched off, and sorts nothing then', () => {
    const g = new GridGrouping<Row>((r) => r.id);
    g.setGroupBy(BY_SYMBOL, rows);
    const off = g.setGroupBy(null, rows);
    expect(off.add).toEqual([]);
    expect(off.remove.map((h) => h.key).sort()).toEqual(['BTC/USD', 'ETH/USD']);
    expect(sortNodes(g, rows)).toEqual(['a', 'b', 'c']);
  });
});
