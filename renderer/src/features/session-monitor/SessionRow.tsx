import type { KeyboardEvent, ReactNode } from 'react';
import type { SessionStatus } from '../../../../shared/session-status.js';
import { COMMAND_KEYS, commandAllowed } from './commands.js';
import { formatAge, formatCountdown, formatRoundTrip, formatSeq, PHASE_LABEL } from './format.js';
import { COMMAND_LABEL, type SessionCommand } from './session-monitor.state.js';

interface Props {
  status: SessionStatus;
  now: number;
  inFlight: SessionCommand | undefined;
  /** False while the link to main is down: main could not receive a command. */
  commandsEnabled: boolean;
  onCommand(command: SessionCommand): void;
}

const BUTTONS: readonly SessionCommand[] = ['connect', 'disconnect', 'reset'];
const SHORT: Readonly<Record<SessionCommand, string>> = {
  connect: 'Connect',
  disconnect: 'Disconnect',
  reset: 'Reset',
};
const KEY_OF: Readonly<Record<SessionCommand, string>> = { connect: 'C', disconnect: 'D', reset: 'R' };

export function SessionRow({ status: s, now, inFlight, commandsEnabled, onCommand }: Props): ReactNode {
  const available = (c: SessionCommand): boolean =>
    commandsEnabled && inFlight === undefined && commandAllowed(c, s.phase);
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const command = COMMAND_KEYS[e.key.toLowerCase()];
    if (command !== undefined) {
      e.preventDefault();
      if (available(command)) onCommand(command);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveFocus(e.currentTarget, e.target, e.key === 'ArrowDown' ? 1 : -1);
    }
  };
  return (
    <tr className="session-row" data-session-id={s.id} data-phase={s.phase} onKeyDown={onKeyDown}>
      <th scope="row" className="mono session-id pin-left" title={s.id}>
        {s.id}
      </th>
      <td>
        <span className={`phase-badge phase-${s.phase}`} data-testid="session-phase">
          {PHASE_LABEL[s.phase]}
        </span>
      </td>
      <td className="mono comp-ids">
        {s.senderCompId}
        <span className="arrow" aria-label="to">
          →
        </span>
        {s.targetCompId}
      </td>
      <td className="num mono">{formatSeq(s.nextSenderSeq)}</td>
      <td className="num mono">{formatSeq(s.nextTargetSeq)}</td>
      <td className="num">{formatAge(s.lastReceivedAt, now)}</td>
      <td className="num">{formatRoundTrip(s.roundTripMs)}</td>
      <td className="num">{s.phase === 'reconnect-wait' ? formatCountdown(s.reconnectAt, now) : '—'}</td>
      <td className={s.lastError === null ? 'last-error none' : 'last-error'} title={s.lastError ?? undefined}>
        <span className="last-error-text">{s.lastError ?? '—'}</span>
      </td>
      <td className="actions pin-right">
        <div className="action-buttons">
          {BUTTONS.map((c) => (
            <button
              key={c}
              type="button"
              className={`cmd cmd-${c}`}
              data-command={c}
              aria-disabled={!available(c)}
              aria-busy={inFlight === c}
              aria-keyshortcuts={KEY_OF[c]}
              aria-label={`${COMMAND_LABEL[c]} ${s.id}`}
              title={`${COMMAND_LABEL[c]} (${KEY_OF[c]})`}
              onClick={() => {
                if (available(c)) onCommand(c);
              }}
            >
              {SHORT[c]}
            </button>
          ))}
        </div>
      </td>
    </tr>
  );
}

/** Up/Down: the same button (or cell) in the neighbouring session row. */
function moveFocus(row: HTMLTableRowElement, target: EventTarget, step: number): void {
  const rows = [...(row.parentElement?.querySelectorAll<HTMLTableRowElement>('tr.session-row') ?? [])];
  const next = rows[rows.indexOf(row) + step];
  if (next === undefined) return;
  const command = target instanceof HTMLElement ? target.dataset['command'] : undefined;
  const button = next.querySelector<HTMLButtonElement>(command ? `button[data-command="${command}"]` : 'button');
  button?.focus();
}
