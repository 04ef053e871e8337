// The hotkeys editor: each action with its key, recorded by pressing it. Saved to UiSettings.hotkeys, where main
// refuses a chord a text field would type without a modifier, or one key bound to two actions; its reasons show
// beside the row.
import { useState, type ReactNode } from 'react';
import type { HotkeySettings } from '../../../../shared/domain/settings.js';
import { useBridge } from '../../bridge/index.js';
import { FALLBACK_HOTKEYS, HOTKEY_ACTIONS, HOTKEY_LABEL } from '../../shell/hotkeys.js';
import { saveUiPatch } from '../../shell/save-ui.js';
import { useWorkstationStore } from '../../state/store.js';
import { issueAt, NO_ISSUES, parseIssues, refusalText, unplacedIssues, type Issues } from './field-issues.js';
import { HotkeyCapture } from './HotkeyCapture.js';

const WHERE: Readonly<Record<keyof HotkeySettings, string>> = {
  buy: 'anywhere but a text field',
  sell: 'anywhere but a text field',
  send: 'in the ticket',
  clear: 'in the ticket',
  cancelAll: 'anywhere',
};

export function HotkeysSection(): ReactNode {
  const { api } = useBridge();
  const saved = useWorkstationStore((s) => s.settings?.ui.hotkeys);
  // null while not edited: the editor then shows main's keys as they are (and as they change).
  const [edited, setEdited] = useState<HotkeySettings | null>(null);
  const draft = edited ?? saved ?? FALLBACK_HOTKEYS;
  const [issues, setIssues] = useState<Issues>(NO_ISSUES);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = saved !== undefined && HOTKEY_ACTIONS.some((a) => draft[a] !== saved[a]);

  const save = async (): Promise<void> => {
    setBusy(true);
    const outcome = await saveUiPatch(api, { hotkeys: draft });
    setBusy(false);
    if (outcome.ok) {
      setEdited(null);
      setIssues(NO_ISSUES);
      setStatus({ ok: true, text: 'Hotkeys saved.' });
    } else {
      setIssues(parseIssues(outcome.reason));
      setStatus({ ok: false, text: `Not saved: ${refusalText(outcome.reason)}` });
    }
  };

  const others = unplacedIssues(issues, ['hotkeys']).filter((t) => !t.startsWith('hotkeys'));
  return (
    <div className="st-hotkeys">
      <h3 id="st-hotkeys-title">Hotkeys</h3>
      <p className="st-note">
        Activate a key and press the new combination. Keys that type (letters, digits, arrows, Space) need Ctrl, Alt or
        Meta.
      </p>
      {others.length > 0 && (
        <ul className="st-issues">
          {others.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <table className="st-table st-hotkey-table" aria-labelledby="st-hotkeys-title">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Key</th>
            <th scope="col">Works</th>
          </tr>
        </thead>
        <tbody>
          {HOTKEY_ACTIONS.map((action) => {
            const error = issueAt(issues, `hotkeys.${action}`);
            return (
              <tr key={action} data-action={action}>
                <th scope="row">{HOTKEY_LABEL[action]}</th>
                <td>
                  <HotkeyCapture
                    label={HOTKEY_LABEL[action]}
                    chord={draft[action]}
                    invalid={error !== undefined}
                    describedBy={error !== undefined ? `st-hotkey-error-${action}` : undefined}
                    onCapture={(chord) => {
                      setEdited({ ...draft, [action]: chord });
                      setStatus(null);
                    }}
                  />
                  {draft[action] !== saved?.[action] && <span className="st-changed">changed</span>}
                  {error !== undefined && (
                    <span className="st-error" id={`st-hotkey-error-${action}`}>
                      {error}
                    </span>
                  )}
                </td>
                <td className="st-muted">{WHERE[action]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="st-actions">
        <button
          type="button"
          className="ws-button st-btn st-primary"
          disabled={busy || !dirty}
          onClick={() => void save()}
        >
          Save hotkeys
        </button>
        <button
          type="button"
          className="ws-button st-btn"
          disabled={!dirty}
          onClick={() => {
            setEdited(null);
            setIssues(NO_ISSUES);
            setStatus(null);
          }}
        >
          Revert
        </button>
        <button
          type="button"
          className="ws-button st-btn"
          onClick={() => {
            setEdited(FALLBACK_HOTKEYS);
            setStatus(null);
          }}
        >
          Defaults
        </button>
        <span className={`st-status${status?.ok === false ? ' failed' : ''}`} role="status">
          {status?.text}
        </span>
      </div>
    </div>
  );
}
