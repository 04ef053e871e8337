// The kill switch as the whole workstation shows it: a state chip in the header, and while it is engaged a red
// banner across the app that no panel layout can hide. Engaging and re-arming stay in the risk panel (it asks for
// confirmation); these only take the trader there.
import type { ReactNode } from 'react';
import { useLayoutStore } from '../layout/layout.state.js';
import { useWorkstationStore } from '../state/store.js';

function timeOf(ms: number | null): string {
  return ms === null ? '' : new Date(ms).toLocaleTimeString('en-GB');
}

export function KillSwitchChip(): ReactNode {
  const kill = useWorkstationStore((s) => s.risk?.killSwitch);
  const showPanel = useLayoutStore((s) => s.showPanel);
  const engaged = kill?.engaged === true;
  const text = kill === undefined ? 'Kill switch …' : engaged ? 'KILL SWITCH ENGAGED' : 'Kill switch armed';
  return (
    <button
      type="button"
      className={`shell-chip shell-kill-chip${engaged ? ' engaged' : ''}`}
      data-engaged={engaged}
      title="Open the risk panel"
      onClick={() => showPanel('risk')}
    >
      <span className="shell-chip-dot" aria-hidden="true" />
      {text}
    </button>
  );
}

export function KillSwitchBanner(): ReactNode {
  const kill = useWorkstationStore((s) => s.risk?.killSwitch);
  const showPanel = useLayoutStore((s) => s.showPanel);
  if (kill === undefined || !kill.engaged) return null;
  const who = kill.changedBy !== null ? ` by ${kill.changedBy}` : '';
  const when = kill.changedAt !== null ? ` at ${timeOf(kill.changedAt)}` : '';
  return (
    <div className="shell-kill-banner" role="alert" data-testid="app-kill-banner">
      <strong>KILL SWITCH ENGAGED</strong>
      <span>
        Engaged{who}
        {when}. Working orders are being cancelled; new orders and amends are refused until it is re-armed.
      </span>
      <button type="button" onClick={() => showPanel('risk')}>
        Open risk panel
      </button>
    </div>
  );
}
