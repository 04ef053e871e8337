// Every FIX session as a compact pill in the header: phase by colour and word, sequence numbers and CompIDs on
// hover (and in the accessible name). A pill opens the session monitor, where the session's commands are.
import type { ReactNode } from 'react';
import type { SessionPhase, SessionStatus } from '../../../shared/session-status.js';
import { useLayoutStore } from '../layout/layout.state.js';
import { useWorkstationStore } from '../state/store.js';

const PHASE_WORD: Readonly<Record<SessionPhase, string>> = {
  disconnected: 'Down',
  connecting: 'Connecting',
  'logging-on': 'Logging on',
  active: 'Active',
  resending: 'Resending',
  'logging-out': 'Logging out',
  'reconnect-wait': 'Retrying',
};

function details(s: SessionStatus): string {
  const lines = [
    `${s.id}: ${PHASE_WORD[s.phase]}`,
    `${s.senderCompId} → ${s.targetCompId}`,
    `Seq out ${s.nextSenderSeq} · in ${s.nextTargetSeq}`,
  ];
  if (s.lastError !== null) lines.push(`Last error: ${s.lastError}`);
  return lines.join('\n');
}

function Pill({ status }: { status: SessionStatus }): ReactNode {
  const showPanel = useLayoutStore((s) => s.showPanel);
  const failed = status.phase === 'disconnected' && status.lastError !== null;
  return (
    <li>
      <button
        type="button"
        className={`shell-pill phase-${status.phase}${failed ? ' failed' : ''}`}
        data-session-id={status.id}
        data-phase={status.phase}
        title={details(status)}
        aria-label={`${status.id} ${PHASE_WORD[status.phase]}, sequence out ${status.nextSenderSeq}, in ${status.nextTargetSeq}${failed ? `, last error ${status.lastError}` : ''}. Open the session monitor`}
        onClick={() => showPanel('sessions')}
      >
        <span className="shell-pill-dot" aria-hidden="true" />
        <span className="shell-pill-id">{status.id}</span>
        <span className="shell-pill-phase">{PHASE_WORD[status.phase]}</span>
      </button>
    </li>
  );
}

export function SessionPills(): ReactNode {
  const order = useWorkstationStore((s) => s.sessionOrder);
  const sessions = useWorkstationStore((s) => s.sessions);
  const loaded = useWorkstationStore((s) => s.sessionsLoaded);
  return (
    <ul className="shell-pills" aria-label="FIX sessions">
      {order.map((id) => {
        const status = sessions[id];
        return status === undefined ? null : <Pill key={id} status={status} />;
      })}
      {loaded && order.length === 0 && <li className="shell-muted">No sessions configured</li>}
    </ul>
  );
}
