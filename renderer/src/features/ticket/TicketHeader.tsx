// The ticket's first lines: which instrument (the workstation's active symbol, which every market panel follows)
// and, when more than one trading session is configured, which session the order goes to, with its state.
import { useEffect, useId, type ReactNode } from 'react';
import type { SessionStatus } from '../../../../shared/session-status.js';
import { useWorkstationStore } from '../../state/store.js';
import type { TradingSession } from './use-trading-session.js';

const PHASE_LABEL: Readonly<Record<SessionStatus['phase'], string>> = {
  disconnected: 'Disconnected',
  connecting: 'Connecting',
  'logging-on': 'Logging on',
  active: 'Active',
  resending: 'Resending',
  'logging-out': 'Logging out',
  'reconnect-wait': 'Reconnect wait',
};

export function InstrumentPicker(): ReactNode {
  const id = useId();
  const symbols = useWorkstationStore((s) => s.instrumentOrder);
  const instruments = useWorkstationStore((s) => s.instruments);
  const active = useWorkstationStore((s) => s.activeSymbol);
  const setActive = useWorkstationStore((s) => s.setActiveSymbol);
  useEffect(() => {
    const first = symbols[0];
    if (active === null && first !== undefined) setActive(first);
  }, [active, symbols, setActive]);
  return (
    <div className="tk-row">
      <label className="tk-label" htmlFor={id}>
        Instrument
      </label>
      <div className="tk-control">
        <select
          id={id}
          className="tk-select"
          value={active ?? ''}
          disabled={symbols.length === 0}
          onChange={(e) => setActive(e.currentTarget.value)}
        >
          {active === null && <option value="">{symbols.length === 0 ? 'No instruments yet' : 'Choose…'}</option>}
          {active !== null && !symbols.includes(active) && <option value={active}>{active}</option>}
          {symbols.map((s) => {
            const status = instruments[s]?.status;
            return (
              <option key={s} value={s}>
                {status !== undefined && status !== 'online' ? `${s} (${status.replace('_', ' ')})` : s}
              </option>
            );
          })}
        </select>
      </div>
    </div>
  );
}

export function SessionPicker({ session }: { session: TradingSession }): ReactNode {
  const id = useId();
  const setActive = useWorkstationStore((s) => s.setActiveSession);
  const phase = session.status?.phase;
  const live = phase === 'active';
  return (
    <div className="tk-row">
      <label className="tk-label" htmlFor={id}>
        Session
      </label>
      <div className="tk-control tk-session">
        {session.choices.length > 1 ? (
          <select
            id={id}
            className="tk-select"
            value={session.sessionId ?? ''}
            onChange={(e) => setActive(e.currentTarget.value)}
          >
            {session.choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        ) : (
          <output id={id} className="tk-session-name mono">
            {session.sessionId ?? 'none configured'}
          </output>
        )}
        {phase !== undefined && (
          <span className={`tk-phase ${live ? 'live' : 'down'}`} data-phase={phase}>
            {PHASE_LABEL[phase]}
          </span>
        )}
      </div>
    </div>
  );
}
