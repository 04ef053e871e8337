// Row grouping without ag-grid Enterprise (row grouping is an Enterprise feature): a grid that offers "group by"
// carries one extra full-width header row per group key, keeps each group's rows together under its header after
// every sort (postSortRows, a stable partition that keeps the trader's sort inside each group), hides the rows of a
// collapsed group (external filter) and lets headers through every filter (alwaysPassFilter) so a group never loses
// its header to a filter that hides some of its rows.

/** The header row of one group, mixed into a grid's rows while grouping is on. */
export interface GroupRow {
  readonly kind: 'ws-group';
  /** Row id: "group:" + key, never clashing with a data row's id. */
  readonly rowId: string;
  readonly key: string;
}

export type GridRow<T> = T | GroupRow;

export function isGroupRow(data: unknown): data is GroupRow {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'ws-group';
}

export function groupRow(key: string): GroupRow {
  return { kind: 'ws-group', rowId: `group:${key}`, key };
}

/** What a grid groups by: a label for the selector and the key of a data row. */
export interface GroupBy<T> {
  readonly id: string;
  readonly label: string;
  readonly keyOf: (row: T) => string;
}
