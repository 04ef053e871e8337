// Community-grid grouping state for one grid (see group-rows.ts for the approach): which key rows are grouped by,
// how many rows each group holds, which groups are collapsed, and the header rows to add or remove as data rows come
// and go. Counts of rows shown under each header (after filters) are published to the header renderers after every
// sort, outside React's render, through a tiny subscription.
import type { IRowNode, PostSortRowsParams } from 'ag-grid-community';
import { groupRow, isGroupRow, type GridRow, type GroupBy, type GroupRow } from './group-rows.js';

export interface HeaderChanges {
  readonly add: GroupRow[];
  readonly remove: GroupRow[];
}

export interface GroupCounts {
  /** Rows under the header after filters (all of them while the group is collapsed). */
  readonly shown: number;
  readonly total: number;
}

export class GridGrouping<T> {
  private by: GroupBy<T> | null = null;
  private readonly totals = new Map<string, number>();
  private readonly keyById = new Map<string, string>();
  private readonly collapsed = new Set<string>();
  private shown = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly idOf: (row: T) => string) {}

  get active(): GroupBy<T> | null {
    return this.by;
  }

  /** Switches grouping; answers the header rows to remove (old) and add (new) for the rows now in the grid. */
  setGroupBy(by: GroupBy<T> | null, rows: Iterable<T>): HeaderChanges {
    const remove = [...this.totals.keys()].map(groupRow);
    this.by = by;
    this.totals.clear();
    this.keyById.clear();
    this.collapsed.clear();
    this.shown = new Map();
    const changes = by === null ? { add: [], remove } : this.track([...rows], []);
    this.notify();
    return { add: changes.add, remove };
  }

  /** Accounts for data rows added (or updated) and removed; answers the header rows that appear or disappear. */
  track(upserted: readonly T[], removedIds: readonly string[]): HeaderChanges {
    const by = this.by;
    if (by === null) return { add: [], remove: [] };
    const before = new Set(this.totals.keys());
    for (const id of removedIds) this.forget(id);
    for (const row of upserted) {
      const id = this.idOf(row);
      const key = by.keyOf(row);
      if (this.keyById.get(id) === key) continue;
      this.forget(id);
      this.keyById.set(id, key);
      this.totals.set(key, (this.totals.get(key) ?? 0) + 1);
    }
    const add: GroupRow[] = [];
    for (const key of this.totals.keys()) if (!before.has(key)) add.push(groupRow(key));
    const remove: GroupRow[] = [];
    for (const key of before) if (!this.totals.has(key)) remove.push(groupRow(key));
    return { add, remove };
  }

  private forget(id: string): void {
    const key = this.keyById.get(id);
    if (key === undefined) return;
    this.keyById.delete(id);
    const left = (this.totals.get(key) ?? 1) - 1;
    if (left <= 0) {
      this.totals.delete(key);
      this.collapsed.delete(key);
    } else this.totals.set(key, left);
  }

  isCollapsed(key: string): boolean {
    return this.collapsed.has(key);
  }

  /** Flips a group open or closed; the caller re-runs the grid's filter (api.onFilterChanged()). */
  toggle(key: string): void {
    if (!this.collapsed.delete(key)) this.collapsed.add(key);
    this.notify();
  }

  /** False for a data row of a collapsed group (part of the grid's external filter). */
  passes(data: GridRow<T> | undefined): boolean {
    if (this.by === null || data === undefined || isGroupRow(data)) return true;
    return this.collapsed.size === 0 || !this.collapsed.has(this.by.keyOf(data));
  }

  hasCollapsed(): boolean {
    return this.collapsed.size > 0;
  }

  /** postSortRows: each header, then its rows in the grid's sort order; groups in key order. A header whose rows
   * are all filtered out is left out; a collapsed group keeps its header. */
  postSortRows = (params: PostSortRowsParams<GridRow<T>>): void => {
    const by = this.by;
    if (by === null) return;
    const headers = new Map<string, IRowNode<GridRow<T>>>();
    const members = new Map<string, IRowNode<GridRow<T>>[]>();
    for (const node of params.nodes) {
      const data = node.data;
      if (data === undefined) continue;
      if (isGroupRow(data)) headers.set(data.key, node);
      else {
        const key = by.keyOf(data);
        let list = members.get(key);
        if (list === undefined) members.set(key, (list = []));
        list.push(node);
      }
    }
    const keys = [...new Set([...headers.keys(), ...members.keys()])].sort((a, b) => a.localeCompare(b));
    const out = params.nodes;
    out.length = 0;
    const shown = new Map<string, number>();
    for (const key of keys) {
      const header = headers.get(key);
      const list = members.get(key) ?? [];
      const collapsed = this.collapsed.has(key);
      if (header !== undefined && (list.length > 0 || collapsed)) out.push(header);
      for (const node of list) out.push(node);
      shown.set(key, collapsed ? (this.totals.get(key) ?? 0) : list.length);
    }
    this.shown = shown;
    queueMicrotask(() => this.notify());
  };

  counts(key: string): GroupCounts {
    return { shown: this.shown.get(key) ?? 0, total: this.totals.get(key) ?? 0 };
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  };

  private notify(): void {
    for (const fn of [...this.listeners]) fn();
  }
}
