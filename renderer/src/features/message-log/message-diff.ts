// Field-by-field comparison of two messages (the older on the left). A field is keyed by its tag and which
// occurrence of that tag it is, so the second 269 in a snapshot is compared with the other's second 269; fields
// only one side has are added or removed. Rows keep wire order, right-only fields placed after their neighbour.
import type { WireField } from './fix-structure.js';

export type DiffKind = 'same' | 'changed' | 'added' | 'removed';

export interface DiffRow {
  readonly key: string;
  readonly tag: number | null;
  /** 1 for the first occurrence of the tag in its message, 2 for the second… */
  readonly occurrence: number;
  readonly left: string | undefined;
  readonly right: string | undefined;
  readonly kind: DiffKind;
}

interface Keyed {
  readonly key: string;
  readonly tag: number | null;
  readonly occurrence: number;
  readonly value: string;
}

function keyed(fields: readonly WireField[]): Keyed[] {
  const seen = new Map<string, number>();
  return fields.map((f) => {
    const base = f.tag === null ? '?' : String(f.tag);
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return { key: `${base}#${occurrence}`, tag: f.tag, occurrence, value: f.value };
  });
}

export function diffMessages(left: readonly WireField[], right: readonly WireField[]): DiffRow[] {
  const l = keyed(left);
  const r = keyed(right);
  const rightByKey = new Map(r.map((f) => [f.key, f]));
  const rows: DiffRow[] = l.map((f) => {
    const other = rightByKey.get(f.key);
    const kind: DiffKind = other === undefined ? 'removed' : other.value === f.value ? 'same' : 'changed';
    return { key: f.key, tag: f.tag, occurrence: f.occurrence, left: f.value, right: other?.value, kind };
  });
  const inLeft = new Set(l.map((f) => f.key));
  let after = -1;
  for (const f of r) {
    if (inLeft.has(f.key)) {
      after = rows.findIndex((row) => row.key === f.key);
      continue;
    }
    const row: DiffRow = {
      key: f.key,
      tag: f.tag,
      occurrence: f.occurrence,
      left: undefined,
      right: f.value,
      kind: 'added',
    };
    rows.splice(after + 1, 0, row);
    after++;
  }
  return rows;
}

export function diffCounts(rows: readonly DiffRow[]): Readonly<Record<DiffKind, number>> {
  const counts: Record<DiffKind, number> = { same: 0, changed: 0, added: 0, removed: 0 };
  for (const row of rows) counts[row.kind]++;
  return counts;
}
