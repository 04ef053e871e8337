// The risk panel: the kill switch (and, while it is engaged, a banner nobody can miss), open orders across all
// sessions with Cancel all, and the pre-trade limits main enforces, editable. Everything shown is main's state
// from the risk and orders streams; the panel only sends commands.
import type { ReactNode } from 'react';
import { useWorkstationStore } from '../../state/store.js';
import { formatWhen } from './format.js';
import { KillSwitch } from './KillSwitch.js';
import { LimitsEditor } from './LimitsEditor.js';
import { OpenOrders } from './OpenOrders.js';
import '../message-log/panel-controls.css';
import './risk.css';

export function RiskPanel(): ReactNode {
  const risk = useWorkstationStore((s) => s.risk);
  const linkUp = useWorkstationStore((s) => s.link.phase === 'up');
  const kill = risk?.killSwitch;
  return (
    <section className="risk-panel" aria-labelledby="risk-panel-title">
      <header className="pc-header">
        <h2 className="ws-panel-title" id="risk-panel-title">
          Risk
        </h2>
        {!linkUp && risk !== null && <span className="pc-error">Last known state, not live</span>}
        <span className="pc-hint">Limits apply in main to every order and amend, from any window</span>
      </header>
      {kill?.engaged === true && (
        <div className="risk-banner" role="alert" data-testid="kill-switch-banner">
          <strong>KILL SWITCH ENGAGED</strong>
          <span>
            New orders and amends are refused · by {kill.changedBy ?? 'unknown'} at {formatWhen(kill.changedAt)}
          </span>
        </div>
      )}
      {risk === null ? (
        <p className="pc-empty">Reading risk limits from the workstation core…</p>
      ) : (
        <div className="risk-body">
          <div className="risk-top">
            <KillSwitch state={risk.killSwitch} linkUp={linkUp} />
            <OpenOrders linkUp={linkUp} />
          </div>
          <LimitsEditor limits={risk.limits} linkUp={linkUp} />
        </div>
      )}
    </section>
  );
}
