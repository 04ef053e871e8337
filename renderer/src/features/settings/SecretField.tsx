// The profile's API secret (or FIX password): typed into a password field, sent once with settings:set-secret and
// forgotten here at once. Main keeps it in the OS keychain and only ever says whether one is stored (hasSecret);
// it is never shown, never logged, never put back into the page.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { VenueProfile } from '../../../../shared/domain/settings.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import { useBridge } from '../../bridge/index.js';
import { parseIssues } from './field-issues.js';

export function SecretField({ profile }: { profile: VenueProfile }): ReactNode {
  const { api, kind } = useBridge();
  const id = useId();
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const label = profile.kind === 'fix44' ? 'Password (554)' : 'API secret';

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (secret === '') {
      setError('type the secret first');
      return;
    }
    setBusy(true);
    setError(null);
    setDone(false);
    const outcome = await api.call(CommandChannel.setSecret, { profileId: profile.id, secret });
    setBusy(false);
    if (outcome.ok) {
      setSecret('');
      setDone(true);
    } else {
      const issues = parseIssues(outcome.reason);
      setError(issues.fields['secret'] ?? outcome.reason);
    }
  };

  return (
    <form className="st-secret" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Credentials: {label.toLowerCase()}</h4>
      <div className="st-row">
        <div className="st-field st-size-l">
          <label htmlFor={id}>{profile.hasSecret ? `Replace the ${label.toLowerCase()}` : label}</label>
          <input
            id={id}
            type="password"
            value={secret}
            autoComplete="new-password"
            spellCheck={false}
            aria-invalid={error !== null ? true : undefined}
            aria-describedby={`${id}-state${error !== null ? ` ${id}-error` : ''}`}
            onChange={(e) => {
              setSecret(e.target.value);
              setDone(false);
            }}
          />
          {error !== null && (
            <span className="st-error" id={`${id}-error`}>
              {error}
            </span>
          )}
        </div>
        <button type="submit" className="ws-button st-btn" disabled={busy}>
          {busy ? 'Storing…' : 'Store secret'}
        </button>
        <span
          id={`${id}-state`}
          className={`st-secret-state${profile.hasSecret ? ' stored' : ''}`}
          data-testid="secret-state"
          role="status"
        >
          {profile.hasSecret ? 'stored' : 'not stored'}
          {done && profile.hasSecret ? ' (just now)' : ''}
        </span>
      </div>
      <p className="st-note">
        {kind === 'web'
          ? 'Held by the web host in memory for this run only; it is never shown again.'
          : "Kept in the operating system's keychain by the main process; it is never shown again."}
      </p>
    </form>
  );
}
