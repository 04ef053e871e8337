// The full-width header row of a group: a disclosure button (Enter or Space on the focused row toggles it too, see
// groupKeyHandler) with the group's name and how many of its rows are shown.
import type { CellKeyDownEvent, FullWidthCellKeyDownEvent, GridApi, ICellRendererParams } from 'ag-grid-community';
import { useSyncExternalStore, type ReactNode } from 'react';
import type { GridGrouping } from './grid-grouping.js';
import { isGroupRow, type GridRow } from './group-rows.js';

export interface GroupHeaderParams<T> {
  readonly grouping: GridGrouping<T>;
  /** "orders", "fills": what the counts count. */
  readonly noun: string;
}

function toggle<T>(grouping: GridGrouping<T>, key: string, api: GridApi): void {
  grouping.toggle(key);
  api.onFilterChanged();
}

export function GroupHeader<T>(props: ICellRendererParams<GridRow<T>> & GroupHeaderParams<T>): ReactNode {
  const { grouping, noun, data, api } = props;
  const key = isGroupRow(data) ? data.key : '';
  const snapshot = useSyncExternalStore(grouping.subscribe, () => {
    const c = grouping.counts(key);
    return `${c.shown}/${c.total}/${grouping.isCollapsed(key) ? 1 : 0}`;
  });
  const [shown = '0', total = '0', collapsedFlag] = snapshot.split('/');
  const collapsed = collapsedFlag === '1';
  const label = grouping.active?.label ?? '';
  const count = shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
  return (
    <div className="ws-group-header">
      <button
        type="button"
        className="ws-group-toggle"
        aria-expanded={!collapsed}
        aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${label} ${key}`}
        tabIndex={-1}
        onClick={() => toggle(grouping, key, api)}
      >
        {collapsed ? '▸' : '▾'}
      </button>
      <span className="ws-group-name">
        <span className="ws-dim">{label}</span> {key}
      </span>
      <span className="ws-group-count">{count}</span>
    </div>
  );
}

/** onCellKeyDown handler: Enter or Space on a focused group header row opens or closes the group. */
export function groupKeyHandler<T>(grouping: GridGrouping<T>) {
  return (e: CellKeyDownEvent<GridRow<T>> | FullWidthCellKeyDownEvent<GridRow<T>>): void => {
    const ev = e.event;
    if (!(ev instanceof KeyboardEvent) || !isGroupRow(e.data)) return;
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    ev.preventDefault();
    toggle(grouping, e.data.key, e.api);
  };
}
