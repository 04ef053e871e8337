// The kill switch: one big, unmistakably dangerous control. Engaging it mass-cancels on every trading session and
// refuses new orders and amends until re-armed; both directions go through their own confirmation. Its state (who,
// when, each session's mass-cancel result) comes from main's RiskState.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { KillSwitchState } from '../../../../shared/domain/risk.js';
import { useBridge } from '../../bridge/index.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { formatWhen } from './format.js';
import { useRiskPanelStore } from './risk.state.js';

type Dialog = 'engage' | 'rearm' | null;

export function KillSwitch({ state, linkUp }: { state: KillSwitchState; linkUp: boolean }): ReactNode {
  const { api } = useBridge();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const inFlight = useRiskPanelStore((s) => s.inFlight);
  const feedback = useRiskPanelStore((s) => s.feedback);
  const run = useRiskPanelStore((s) => s.run);
  // After a confirmed change the button that triggered it is gone; focus goes to the one that undoes it.
  // The risk stream and the command's answer arrive in either order, so wait for both: the new state and the
  // dialog closed.
  const primary = useRef<HTMLButtonElement>(null);
  const focusWhenEngagedIs = useRef<boolean | null>(null);
  useEffect(() => {
    if (dialog !== null || focusWhenEngagedIs.current !== state.engaged) return;
    focusWhenEngagedIs.current = null;
    primary.current?.focus();
  }, [state.engaged, dialog]);

  const open = (d: Dialog): void => {
    setDialogError(null);
    setDialog(d);
  };
  const confirm = async (): Promise<void> => {
    const command = dialog === 'engage' ? 'engage' : 'rearm';
    const ok = await run(
      command,
      () =>
        command === 'engage'
          ? api.call(CommandChannel.engageKillSwitch, { confirm: 'KILL' })
          : api.call(CommandChannel.rearmKillSwitch, {}),
      () => (command === 'engage' ? 'kill switch engaged: cancels sent' : 're-armed: new orders allowed'),
    );
    if (ok) {
      focusWhenEngagedIs.current = command === 'engage';
      setDialog(null);
    } else setDialogError(useRiskPanelStore.getState().feedback?.text ?? 'refused');
  };
  const mine = feedback !== null && (feedback.command === 'engage' || feedback.command === 'rearm') ? feedback : null;

  return (
    <section
      className={state.engaged ? 'risk-kill engaged' : 'risk-kill'}
      aria-labelledby="risk-kill-title"
      data-engaged={state.engaged}
    >
      <h3 id="risk-kill-title">Kill switch</h3>
      <p className="risk-kill-state" data-testid="kill-switch-state">
        {state.engaged ? 'ENGAGED — new orders and amends are refused' : 'Armed — orders allowed'}
      </p>
      <p className="risk-kill-who">
        {state.changedAt === null
          ? 'Never engaged in this run.'
          : `${state.engaged ? 'Engaged' : 'Re-armed'} by ${state.changedBy ?? 'unknown'} at ${formatWhen(state.changedAt)}`}
      </p>
      {state.engaged ? (
        <div className="risk-kill-actions">
          <button
            ref={primary}
            type="button"
            className="ws-button risk-rearm"
            aria-disabled={!linkUp}
            onClick={() => linkUp && open('rearm')}
          >
            Re-arm…
          </button>
          <button
            type="button"
            className="ws-button pc-danger"
            aria-disabled={!linkUp}
            title="Send the mass cancels again (a session that was down has come back)"
            onClick={() => linkUp && open('engage')}
          >
            Cancel again…
          </button>
        </div>
      ) : (
        <button
          ref={primary}
          type="button"
          className="risk-kill-button"
          aria-disabled={!linkUp}
          aria-describedby="risk-kill-what"
          onClick={() => linkUp && open('engage')}
        >
          KILL SWITCH
          <span id="risk-kill-what">Cancel everything · block new orders</span>
        </button>
      )}
      {state.cancels.length > 0 && (
        <table className="pc-table risk-cancels" aria-label="Mass-cancel results per session">
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Mass cancel</th>
            </tr>
          </thead>
          <tbody>
            {state.cancels.map((c) => (
              <tr key={c.sessionId}>
                <th scope="row" className="pc-mono">
                  {c.sessionId}
                </th>
                <td className="risk-cancel-result">{c.result}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mine !== null && !mine.ok && dialog === null && (
        <p className="pc-error" role="alert">
          {mine.text}
        </p>
      )}
      <ConfirmDialog
        open={dialog === 'engage'}
        title={state.engaged ? 'Send the mass cancels again?' : 'Engage the kill switch?'}
        confirmLabel="Engage kill switch"
        typeToConfirm="KILL"
        danger
        busy={inFlight === 'engage'}
        error={dialogError}
        onConfirm={() => void confirm()}
        onCancel={() => setDialog(null)}
      >
        <p>
          Every trading session gets a mass cancel (OrderMassCancelRequest, all orders of the account) and every working
          order of this run a cancel. New orders and amends are refused until someone re-arms the switch.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'rearm'}
        title="Re-arm the kill switch?"
        confirmLabel="Re-arm: allow new orders"
        busy={inFlight === 'rearm'}
        error={dialogError}
        onConfirm={() => void confirm()}
        onCancel={() => setDialog(null)}
      >
        <p>
          New orders and amends will be accepted again. Orders the kill switch cancelled stay cancelled; check the
          working orders and positions first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
