// The audit trail as the panel shows it: main's newest entries (one query on every link-up) plus each entry the
// audit stream announces, kept by seq, bounded. User actions arrive at human rates, so an immutable list in zustand
// is cheap; the grid applies it as a delta by row id.
import { create } from 'zustand';
import type { AuditAction, AuditEntry, AuditOutcome } from '../../../../shared/domain/audit.js';

export const MAX_AUDIT_ENTRIES = 20_000;

export interface AuditFilter {
  readonly action: AuditAction | '';
  readonly outcome: AuditOutcome | '';
  readonly text: string;
}

export const NO_AUDIT_FILTER: AuditFilter = { action: '', outcome: '', text: '' };

interface AuditState {
  /** Oldest first. */
  readonly entries: readonly AuditEntry[];
  readonly loading: boolean;
  readonly loadError: string | null;
  readonly filter: AuditFilter;
  merge(entries: readonly AuditEntry[]): void;
  setLoading(loading: boolean, error?: string): void;
  setFilter(patch: Partial<AuditFilter>): void;
}

export const useAuditStore = create<AuditState>()((set) => ({
  entries: [],
  loading: false,
  loadError: null,
  filter: NO_AUDIT_FILTER,
  merge: (incoming) =>
    set((s) => {
      const bySeq = new Map(s.entries.map((e) => [e.seq, e]));
      let changed = false;
      for (const e of incoming) {
        if (bySeq.get(e.seq) === e) continue;
        bySeq.set(e.seq, e);
        changed = true;
      }
      if (!changed) return {};
      return { entries: [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-MAX_AUDIT_ENTRIES) };
    }),
  setLoading: (loading, error) => set({ loading, loadError: error ?? null }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
}));

export function auditPredicate(f: AuditFilter): (e: AuditEntry) => boolean {
  const needle = f.text.trim().toLowerCase();
  return (e) =>
    (f.action === '' || e.action === f.action) &&
    (f.outcome === '' || e.outcome === f.outcome) &&
    (needle === '' ||
      e.details.toLowerCase().includes(needle) ||
      e.user.toLowerCase().includes(needle) ||
      e.action.includes(needle) ||
      (e.reason?.toLowerCase().includes(needle) ?? false));
}

export function isAuditFiltering(f: AuditFilter): boolean {
  return f.action !== '' || f.outcome !== '' || f.text.trim() !== '';
}
