// The audit trail: every user action main recorded (orders, cancels, kill switch, limits, sessions, settings) with
// who, when and how it ended. Filters by action, outcome and text; Export CSV takes main's whole trail as a file.
import type { AgGridReact } from 'ag-grid-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { AuditEntry } from '../../../../shared/domain/audit.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import { useBridge } from '../../bridge/index.js';
import { WsGrid } from '../../grid/WsGrid.js';
import { useWorkstationStore } from '../../state/store.js';
import { outcomeText } from '../risk/risk.state.js';
import { AUDIT_COLUMNS } from './audit-columns.js';
import { ACTION_LABEL, ACTIONS, OUTCOME_LABEL, OUTCOMES } from './audit-labels.js';
import { loadAudit, startAuditFeed } from './audit-sync.js';
import { auditPredicate, isAuditFiltering, useAuditStore } from './audit.state.js';
import { auditFileName, downloadText } from './csv-download.js';
import '../message-log/panel-controls.css';
import './audit.css';

const rowId = (p: { data: AuditEntry }): string => String(p.data.seq);

export function AuditTrail(): ReactNode {
  const bridge = useBridge();
  const gridRef = useRef<AgGridReact<AuditEntry>>(null);
  const textRef = useRef<HTMLInputElement>(null);
  const ids = { action: useId(), outcome: useId(), text: useId() };
  const entries = useAuditStore((s) => s.entries);
  const filter = useAuditStore((s) => s.filter);
  const setFilter = useAuditStore((s) => s.setFilter);
  const loading = useAuditStore((s) => s.loading);
  const loadError = useAuditStore((s) => s.loadError);
  const linkUp = useWorkstationStore((s) => s.link.phase === 'up');
  const [exportState, setExportState] = useState<{ busy: boolean; text: string | null; failed: boolean }>({
    busy: false,
    text: null,
    failed: false,
  });
  const predicate = useRef(auditPredicate(filter));

  useEffect(() => startAuditFeed(bridge), [bridge]);
  useEffect(() => {
    predicate.current = auditPredicate(filter);
    gridRef.current?.api?.onFilterChanged();
  }, [filter]);

  const exportCsv = async (): Promise<void> => {
    if (exportState.busy || !linkUp) return;
    setExportState({ busy: true, text: null, failed: false });
    const outcome = await bridge.api.call(CommandChannel.auditCsv, {});
    if (!outcome.ok) {
      setExportState({ busy: false, text: `Export failed: ${outcomeText(outcome)}`, failed: true });
      return;
    }
    const name = auditFileName();
    downloadText(outcome.value.csv, name);
    setExportState({ busy: false, text: `Saved ${name}`, failed: false });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    const target = e.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      textRef.current?.focus();
    }
  };

  return (
    <section className="audit-trail" aria-labelledby="audit-title" onKeyDown={onKeyDown}>
      <header className="pc-header">
        <h2 className="ws-panel-title" id="audit-title">
          Audit trail
        </h2>
        <span className="pc-hint">Every user action, as main recorded it · / find</span>
      </header>
      <div className="pc-toolbar" role="toolbar" aria-label="Audit filters">
        <label htmlFor={ids.action}>Action</label>
        <select
          id={ids.action}
          value={filter.action}
          onChange={(e) => setFilter({ action: ACTIONS.find((a) => a === e.target.value) ?? '' })}
        >
          <option value="">All actions</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABEL[a]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.outcome}>Outcome</label>
        <select
          id={ids.outcome}
          value={filter.outcome}
          onChange={(e) => setFilter({ outcome: OUTCOMES.find((o) => o === e.target.value) ?? '' })}
        >
          <option value="">All outcomes</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABEL[o]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.text}>Find</label>
        <input
          id={ids.text}
          ref={textRef}
          type="search"
          placeholder="details, user, reason  ( / )"
          aria-keyshortcuts="/"
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
        />
        <span className="audit-status">
          {entries.length.toLocaleString('en-US')} entries
          {loadError !== null && <span className="pc-error"> · not loaded: {loadError}</span>}
        </span>
        <button type="button" className="ws-button" aria-busy={loading} onClick={() => void loadAudit(bridge)}>
          Reload
        </button>
        <button
          type="button"
          className="ws-button"
          aria-disabled={!linkUp || exportState.busy}
          aria-busy={exportState.busy}
          title="The whole trail from main as a CSV file"
          onClick={() => void exportCsv()}
        >
          Export CSV
        </button>
        <span className={exportState.failed ? 'pc-error' : 'audit-export-note'} role="status">
          {exportState.text}
        </span>
      </div>
      <div className="audit-grid">
        <WsGrid<AuditEntry>
          label="Audit trail"
          emptyText={isAuditFiltering(filter) ? 'No entry matches the filter' : 'No audit entries yet'}
          gridRef={gridRef}
          rowData={entries as AuditEntry[]}
          columnDefs={AUDIT_COLUMNS}
          defaultColDef={{ floatingFilter: false, filter: false }}
          getRowId={rowId}
          isExternalFilterPresent={() => isAuditFiltering(useAuditStore.getState().filter)}
          doesExternalFilterPass={(node) => node.data !== undefined && predicate.current(node.data)}
        />
      </div>
    </section>
  );
}
