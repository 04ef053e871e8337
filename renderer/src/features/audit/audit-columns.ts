// The audit grid's columns: newest first; outcome coloured (accepted green, rejected red, timed out amber).
import type { ColDef } from 'ag-grid-community';
import type { AuditEntry } from '../../../../shared/domain/audit.js';
import { formatIsoTime, formatTime } from '../../grid/format.js';
import { actionLabel, OUTCOME_LABEL } from './audit-labels.js';

type Col = ColDef<AuditEntry>;

export const AUDIT_COLUMNS: Col[] = [
  {
    colId: 'time',
    headerName: 'Time',
    width: 184,
    valueGetter: (p) => p.data?.time ?? null,
    // "now" at the epoch: the date is always shown, as an audit trail spans days.
    valueFormatter: (p) => formatTime(p.value as number | null, 0),
    tooltip: (p) => formatIsoTime(p.value as number | null),
    comparator: (_a, _b, x, y) => (x.data?.seq ?? 0) - (y.data?.seq ?? 0),
    sort: 'desc',
    cellClass: 'ws-num',
  },
  { colId: 'user', headerName: 'User', width: 100, valueGetter: (p) => p.data?.user ?? '' },
  {
    colId: 'action',
    headerName: 'Action',
    width: 150,
    valueGetter: (p) => p.data?.action ?? '',
    valueFormatter: (p) => actionLabel(String(p.value ?? '')),
    tooltip: (p) => String(p.value ?? ''),
    cellClass: (p) => (String(p.value ?? '').startsWith('kill-switch') ? 'audit-kill' : ''),
  },
  {
    colId: 'details',
    headerName: 'Details',
    flex: 3,
    minWidth: 180,
    valueGetter: (p) => p.data?.details ?? '',
    tooltip: (p) => (typeof p.value === 'string' && p.value.length > 50 ? p.value : null),
  },
  {
    colId: 'outcome',
    headerName: 'Outcome',
    width: 90,
    valueGetter: (p) => p.data?.outcome ?? '',
    valueFormatter: (p) => (p.data === undefined ? '' : OUTCOME_LABEL[p.data.outcome]),
    cellClass: (p) => `audit-outcome-${String(p.value ?? '')}`,
  },
  {
    colId: 'reason',
    // A refusal's reason is a sentence a trader reads in full: as wide as the details.
    headerName: 'Reason',
    flex: 3,
    minWidth: 180,
    valueGetter: (p) => p.data?.reason ?? '',
    tooltip: (p) => (typeof p.value === 'string' && p.value.length > 30 ? p.value : null),
  },
];
