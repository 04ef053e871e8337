// The inspector list's columns. Filtering is the toolbar's (session, direction, type, text over the whole masked
// message), so the columns carry no filters of their own; newest first, by id (several messages share a millisecond).
// Session and flags come last: with the detail pane open (it names the session) the summary stays in view.
import type { ColDef } from 'ag-grid-community';
import type { FixMessageRecord } from '../../../../shared/domain/fix-messages.js';
import { formatIsoTime, formatTime } from '../../grid/format.js';
import type { FixDictionary } from './fix-dictionary.js';
import { summaryOf } from './message-log.state.js';

type Col = ColDef<FixMessageRecord>;

const byId: Col['comparator'] = (_a, _b, nodeA, nodeB) => (nodeA.data?.id ?? 0) - (nodeB.data?.id ?? 0);

export function messageColumns(dict: FixDictionary): Col[] {
  return [
    {
      colId: 'time',
      headerName: 'Time',
      width: 106,
      valueGetter: (p) => p.data?.time ?? null,
      valueFormatter: (p) => formatTime(p.value as number | null),
      tooltip: (p) => formatIsoTime(p.value as number | null),
      comparator: byId,
      sort: 'desc',
      cellClass: 'ws-num',
      // Pinned, so a row keeps its time in view when the list scrolls sideways beside the detail pane.
      pinned: 'left',
    },
    {
      colId: 'direction',
      headerName: 'Dir',
      headerTooltip: 'In: received from the venue · Out: sent by us',
      width: 56,
      valueGetter: (p) => p.data?.direction ?? '',
      valueFormatter: (p) => (p.value === 'in' ? '← in' : p.value === 'out' ? '→ out' : ''),
      cellClass: (p) => (p.value === 'in' ? 'fix-dir-in' : 'fix-dir-out'),
    },
    {
      colId: 'seq',
      headerName: 'Seq',
      headerTooltip: 'MsgSeqNum (34)',
      width: 60,
      valueGetter: (p) => p.data?.seqNum ?? null,
      valueFormatter: (p) => (p.data?.garbled ? '' : String(p.value ?? '')),
      cellClass: 'ws-num',
    },
    {
      colId: 'type',
      headerName: 'MsgType',
      width: 200,
      valueGetter: (p) => p.data?.msgType ?? '',
      tooltip: true,
      valueFormatter: (p) => {
        const type = String(p.value ?? '');
        return `${type.padEnd(2, ' ')} ${dict.messageName(type) ?? ''}`.trimEnd();
      },
      cellClass: (p) => (p.data !== undefined && ['0', '1'].includes(p.data.msgType) ? 'ws-mono ws-dim' : 'ws-mono'),
    },
    {
      colId: 'summary',
      headerName: 'Summary',
      flex: 1,
      minWidth: 180,
      sortable: false,
      valueGetter: (p) => (p.data === undefined ? '' : summaryOf(p.data)),
      tooltip: (p) => (typeof p.value === 'string' && p.value.length > 60 ? p.value : null),
    },
    { colId: 'session', headerName: 'Session', width: 104, valueGetter: (p) => p.data?.sessionId ?? '' },
    {
      colId: 'garbled',
      headerName: 'Flags',
      headerTooltip: 'GARBLED: dropped for a bad BodyLength or CheckSum; shown, never processed',
      width: 70,
      valueGetter: (p) => (p.data?.garbled ? 'GARBLED' : ''),
      cellClass: 'fix-garbled',
    },
  ];
}
