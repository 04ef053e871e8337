// The workstation's own preferences: theme, the user name the audit trail records, and the layout (reset to the
// default arrangement).
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Theme } from '../../../../shared/domain/settings.js';
import { useBridge } from '../../bridge/index.js';
import { useLayoutStore } from '../../layout/layout.state.js';
import { saveUiPatch } from '../../shell/save-ui.js';
import { chooseTheme, useTheme } from '../../shell/theme.js';
import { useWorkstationStore } from '../../state/store.js';
import { parseIssues } from './field-issues.js';

function ThemeChoice(): ReactNode {
  const { api } = useBridge();
  const theme = useTheme();
  const name = useId();
  const options: readonly { value: Theme; label: string }[] = [
    { value: 'dark', label: 'Dark' },
    { value: 'light', label: 'Light' },
  ];
  return (
    <fieldset className="st-fieldset st-radios">
      <legend>Theme</legend>
      {options.map((o) => (
        <label key={o.value} className="st-radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={theme === o.value}
            onChange={() => void chooseTheme(api, o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function UserName(): ReactNode {
  const { api } = useBridge();
  const id = useId();
  const saved = useWorkstationStore((s) => s.settings?.ui.userName);
  const [edited, setEdited] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const value = edited ?? saved ?? '';

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const outcome = await saveUiPatch(api, { userName: value });
    if (outcome.ok) {
      setEdited(null);
      setError(null);
      setStatus('Saved: the audit trail records this name from now on.');
    } else {
      setError(parseIssues(outcome.reason).fields['userName'] ?? outcome.reason);
      setStatus(null);
    }
  };

  return (
    <form className="st-row" onSubmit={(e) => void submit(e)} aria-label="User name">
      <div className="st-field st-size-m">
        <label htmlFor={id}>User name</label>
        <input
          id={id}
          value={value}
          autoComplete="username"
          spellCheck={false}
          aria-invalid={error !== null ? true : undefined}
          aria-describedby={`${id}-hint${error !== null ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setEdited(e.target.value);
            setStatus(null);
          }}
        />
        <span className="st-hint" id={`${id}-hint`}>
          Recorded with every action in the audit trail
        </span>
        {error !== null && (
          <span className="st-error" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="ws-button st-btn" disabled={edited === null || edited === saved}>
        Save name
      </button>
      <span className="st-status" role="status">
        {status}
      </span>
    </form>
  );
}

function LayoutReset(): ReactNode {
  const reset = useLayoutStore((s) => s.reset);
  const [done, setDone] = useState(false);
  return (
    <div className="st-row st-align-center">
      <button
        type="button"
        className="ws-button st-btn"
        onClick={() => {
          reset();
          setDone(true);
        }}
      >
        Reset layout
      </button>
      <span className="st-hint">Panels back in their default areas, default column and row sizes.</span>
      <span className="st-status" role="status">
        {done ? 'Layout reset.' : ''}
      </span>
    </div>
  );
}

export function PreferencesSection(): ReactNode {
  return (
    <div className="st-preferences">
      <h3>Preferences</h3>
      <ThemeChoice />
      <UserName />
      <h3>Layout</h3>
      <p className="st-note">
        Drag the handles between columns and areas (or focus one and use the arrow keys); right-click a tab, or press
        Shift+F10 on it, to move its panel to another area. The layout is saved as you go.
      </p>
      <LayoutReset />
    </div>
  );
}
