// The ticket's first lines: which instrument (the workstation's active symbol, which every market panel follows)
// and, when more than one trading session is configured, which session the order goes to, with its state.
import { useId, type ReactNode } from 'react';
import { useWorkstationStore } from '../../state/store.js';
import { ActiveSymbolOptions, useActiveSymbol } from '../market/active-symbol.js';
import { PHASE_LABEL } from '../session-monitor/format.js';
import type { TradingSession } from './use-trading-session.js';

export function InstrumentPicker(): ReactNode {
  const id = useId();
  const { symbols, active, setActive } = useActiveSymbol();
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
          <ActiveSymbolOptions symbols={symbols} active={active} />
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
