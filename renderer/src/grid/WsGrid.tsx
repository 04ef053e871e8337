// The workstation's ag-grid: legacy CSS theme (the strict CSP blocks the Theming API's injected <style> elements,
// see grid-theme.css), dense 22 px rows, floating filters, no column menu, and an accessible name on the grid
// element. Every grid in the renderer goes through here so they look and behave alike; callers pass any ag-grid
// option on top of these defaults.
import type { ColDef, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import { useCallback, useRef, type ReactNode, type Ref } from 'react';
import { registerGridModules } from './grid-modules.js';
import './grid-theme.css';

registerGridModules();

export const ROW_HEIGHT = 22;
export const HEADER_HEIGHT = 24;

const DEFAULT_COL_DEF = {
  sortable: true,
  resizable: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  suppressHeaderContextMenu: true,
} as const satisfies ColDef;

export interface WsGridProps<TData> extends AgGridReactProps<TData> {
  /** The grid's accessible name ("Working orders"). */
  readonly label: string;
  /** Text of the empty-grid overlay. */
  readonly emptyText?: string;
  readonly gridRef?: Ref<AgGridReact<TData>>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The merged default column definition, the same object for as long as the caller's has the same entries (callers
 * often write it inline). ag-grid-react compares props by reference, and a new defaultColDef makes ag-grid rebuild
 * every column and re-measure its scroll area (forced layouts), on every render of the panel around the grid.
 */
function useStableColDef<TData>(own: ColDef<TData> | undefined): ColDef<TData> {
  const kept = useRef<{ own: ColDef<TData> | undefined; merged: ColDef<TData> } | null>(null);
  if (kept.current === null || !shallowEqual(kept.current.own, own)) {
    kept.current = { own, merged: { ...DEFAULT_COL_DEF, ...own } };
  }
  return kept.current.merged;
}

function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

export function WsGrid<TData>({
  label,
  emptyText,
  gridRef,
  className,
  onGridReady,
  defaultColDef,
  ...rest
}: WsGridProps<TData>): ReactNode {
  const colDef = useStableColDef(defaultColDef);
  const ready = useCallback(
    (e: GridReadyEvent<TData>) => {
      // ag-grid puts role="grid"/"treegrid" on an inner element; that element needs the name, not our wrapper.
      e.api.setGridAriaProperty('label', label);
      onGridReady?.(e);
    },
    [label, onGridReady],
  );
  return (
    <div className="ws-grid-host">
      <AgGridReact<TData>
        ref={gridRef}
        theme="legacy"
        className={`ag-theme-balham ws-grid${className ? ` ${className}` : ''}`}
        rowHeight={ROW_HEIGHT}
        headerHeight={HEADER_HEIGHT}
        floatingFiltersHeight={HEADER_HEIGHT}
        animateRows={false}
        suppressDragLeaveHidesColumns
        ensureDomOrder
        tooltipShowDelay={500}
        overlayNoRowsTemplate={`<span class="ws-grid-empty">${escapeHtml(emptyText ?? 'Nothing to show')}</span>`}
        defaultColDef={colDef}
        onGridReady={ready}
        {...rest}
      />
    </div>
  );
}
