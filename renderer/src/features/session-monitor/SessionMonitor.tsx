// The session monitor: every configured FIX session as main reports it, with its commands. Rows update from the
// status stream; ages and countdowns tick locally once a second.
import type { ReactNode } from 'react';
import { useBridge } from '../../bridge/index.js';
import { useWorkstationStore } from '../../state/store.js';
import { SessionRow } from './SessionRow.js';
import { COMMAND_LABEL, useSessionMonitorStore } from './session-monitor.state.js';
import { useNow } from './use-now.js';
import './session-monitor.css';

const HEADERS: readonly { label: string; numeric?: boolean; title?: string; pin?: 'left' | 'right' }[] = [
  { label: 'Session', pin: 'left' },
  { label: 'State' },
  { label: 'Sender → Target' },
  { label: 'Seq out', numeric: true, title: 'Next MsgSeqNum we send' },
  { label: 'Seq in', numeric: true, title: 'Next MsgSeqNum we expect' },
  { label: 'Last received', numeric: true },
  { label: 'Round trip', numeric: true, title: 'Last TestRequest → Heartbeat round trip' },
  { label: 'Reconnect', numeric: true },
  { label: 'Last error' },
  { label: 'Actions', pin: 'right' },
];

function headerClass(h: (typeof HEADERS)[number]): string | undefined {
  const classes = [h.numeric ? 'num' : '', h.pin ? `pin-${h.pin}` : ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}

export function SessionMonitor(): ReactNode {
  const { api } = useBridge();
  const order = useWorkstationStore((s) => s.sessionOrder);
  const sessions = useWorkstationStore((s) => s.sessions);
  const loaded = useWorkstationStore((s) => s.sessionsLoaded);
  const listError = useWorkstationStore((s) => s.sessionsError);
  const inFlight = useSessionMonitorStore((s) => s.inFlight);
  const feedback = useSessionMonitorStore((s) => s.feedback);
  const run = useSessionMonitorStore((s) => s.run);
  const linkUp = useWorkstationStore((s) => s.link.phase === 'up');
  const now = useNow();

  return (
    <section className="session-monitor" aria-labelledby="session-monitor-title">
      <header className="panel-header">
        <h2 className="ws-panel-title" id="session-monitor-title">
          Sessions
        </h2>
        {!linkUp && order.length > 0 && (
          <span className="stale-note" id="session-monitor-stale">
            Last known state, not live
          </span>
        )}
        <span className="panel-hint">Keys in a row: C connect · D disconnect · R reset sequence · ↑↓ rows</span>
      </header>
      <div className="table-wrap">
        <table
          className={linkUp ? 'session-table' : 'session-table stale'}
          aria-labelledby="session-monitor-title"
          aria-describedby={linkUp ? undefined : 'session-monitor-stale'}
        >
          <thead>
            <tr>
              {HEADERS.map((h) => (
                <th key={h.label} scope="col" className={headerClass(h)} title={h.title}>
                  {h.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((id) => {
              const status = sessions[id];
              return status === undefined ? null : (
                <SessionRow
                  key={id}
                  status={status}
                  now={now}
                  inFlight={inFlight[id]}
                  commandsEnabled={linkUp}
                  onCommand={(command) => void run(api, id, command)}
                />
              );
            })}
            {order.length === 0 && (
              <tr>
                <td colSpan={HEADERS.length} className="empty">
                  {listError ?? (loaded ? 'No sessions configured.' : 'Reading sessions from the workstation core…')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <p className={`command-feedback${feedback?.ok === false ? ' failed' : ''}`} role="status" aria-live="polite">
        {feedback &&
          `${new Date(feedback.at).toLocaleTimeString('en-GB')} · ${COMMAND_LABEL[feedback.command]} ${feedback.sessionId}: ${feedback.text}`}
      </p>
    </section>
  );
}
