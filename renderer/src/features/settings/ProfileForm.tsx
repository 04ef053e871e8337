// Add or edit one venue profile. Main validates the whole profile and names each refused field; the reasons show
// beside the fields and focus goes to the first one. The demo profile (the embedded exchange, endpoints managed by
// main) is read-only except auto-connect.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { VenueProfile } from '../../../../shared/domain/settings.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import { useBridge } from '../../bridge/index.js';
import { EndpointFields } from './EndpointFields.js';
import { CheckField, focusFirstInvalid, SelectField, TextField } from './Fields.js';
import { issueAt, NO_ISSUES, parseIssues, refusalText, unplacedIssues, type Issues } from './field-issues.js';
import { EDITABLE_KINDS, inputOf, KIND_LABEL, toProfileInput, type ProfileDraft } from './profile-draft.js';
import { SecretField } from './SecretField.js';

const SHOWN_PATHS = ['id', 'name', 'kind', 'trading', 'marketData', 'apiKey', 'cancelOnDisconnect', 'autoConnect'];

export interface ProfileFormProps {
  readonly initial: ProfileDraft;
  /** The saved profile being edited (null while adding one). */
  readonly saved: VenueProfile | null;
  onSaved(profileId: string): void;
  onClose(): void;
}

export function ProfileForm({ initial, saved, onSaved, onClose }: ProfileFormProps): ReactNode {
  const { api } = useBridge();
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<Issues>(NO_ISSUES);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const managed = saved?.kind === 'simulator';
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus(null);
  };
  const refuse = (next: Issues, text: string): void => {
    setIssues(next);
    setStatus({ ok: false, text });
    requestAnimationFrame(() => focusFirstInvalid(form.current));
  };

  const save = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    let input;
    if (managed && saved !== null) input = { ...inputOf(saved), autoConnect: draft.autoConnect };
    else {
      const built = toProfileInput(draft);
      if (!built.ok) return refuse({ fields: built.errors, general: [] }, 'Not saved: fix the marked fields.');
      input = built.input;
    }
    setBusy(true);
    const outcome = await api.call(CommandChannel.saveProfile, input);
    setBusy(false);
    if (!outcome.ok) return refuse(parseIssues(outcome.reason), `Not saved: ${refusalText(outcome.reason)}`);
    setIssues(NO_ISSUES);
    setStatus({ ok: true, text: `Saved ${input.id}.` });
    setDraft((d) => ({ ...d, isNew: false }));
    onSaved(input.id);
  };

  const remove = async (): Promise<void> => {
    if (saved === null) return;
    setBusy(true);
    const outcome = await api.call(CommandChannel.deleteProfile, { profileId: saved.id });
    setBusy(false);
    setConfirmDelete(false);
    if (outcome.ok) onClose();
    else setStatus({ ok: false, text: `Not deleted: ${outcome.reason}` });
  };

  const err = (path: string): string | undefined => issueAt(issues, path);
  const others = unplacedIssues(issues, SHOWN_PATHS);
  const kinds = managed ? [draft.kind] : EDITABLE_KINDS;
  const autoConnect = (
    <CheckField
      label="Connect at start"
      checked={draft.autoConnect}
      onChange={(v) => set('autoConnect', v)}
      error={err('autoConnect')}
      path="autoConnect"
      className={managed ? undefined : 'st-inline-check'}
    />
  );
  return (
    <div className="st-profile" data-profile-id={saved?.id ?? ''}>
      <form ref={form} className="st-form" onSubmit={(e) => void save(e)} noValidate aria-label="Venue profile">
        <h3>{draft.isNew ? 'New venue profile' : `Profile ${saved?.name ?? draft.id}`}</h3>
        {managed && (
          <p className="st-note">
            The demo profile points at the embedded exchange, which main starts and addresses itself: only auto-connect
            can be changed.
          </p>
        )}
        {/* The one thing the demo lets you change comes first, before its read-only fields. */}
        {managed && autoConnect}
        {others.length > 0 && (
          <ul className="st-issues" aria-label="Problems that name no field">
            {others.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        )}
        <div className="st-row">
          <TextField
            label="Profile id"
            value={draft.id}
            onChange={(v) => set('id', v)}
            readOnly={!draft.isNew}
            error={err('id')}
            path="id"
            size="s"
            hint={draft.isNew ? 'a-z, 0-9 and -' : undefined}
          />
          <TextField
            label="Name"
            value={draft.name}
            onChange={(v) => set('name', v)}
            readOnly={managed}
            error={err('name')}
            path="name"
            size="m"
          />
          <SelectField
            label="Venue kind"
            value={draft.kind}
            options={kinds.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
            onChange={(v) => set('kind', v)}
            disabled={managed}
            error={err('kind')}
            path="kind"
          />
        </div>
        <EndpointFields
          legend="Trading session"
          prefix="trading"
          draft={draft.trading}
          issues={issues}
          readOnly={managed}
          onChange={(v) => set('trading', v)}
        />
        <CheckField
          label="Separate market-data session"
          checked={draft.hasMarketData}
          disabled={managed}
          onChange={(v) => set('hasMarketData', v)}
          hint="Kraken runs market data on its own session"
        />
        {draft.hasMarketData && (
          <EndpointFields
            legend="Market-data session"
            prefix="marketData"
            draft={draft.marketData}
            issues={issues}
            readOnly={managed}
            onChange={(v) => set('marketData', v)}
          />
        )}
        <div className="st-row">
          {!managed && (
            <TextField
              label="API key (553 Username)"
              value={draft.apiKey}
              onChange={(v) => set('apiKey', v)}
              error={err('apiKey')}
              path="apiKey"
              size="l"
            />
          )}
          <CheckField
            label="Cancel orders on disconnect (8674)"
            checked={draft.cancelOnDisconnect}
            disabled={managed}
            onChange={(v) => set('cancelOnDisconnect', v)}
            error={err('cancelOnDisconnect')}
            path="cancelOnDisconnect"
            className="st-inline-check"
          />
          {!managed && autoConnect}
        </div>
        <div className="st-actions">
          <button type="submit" className="ws-button st-btn st-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save profile'}
          </button>
          <button
            type="button"
            className="ws-button st-btn"
            onClick={() => {
              setDraft(initial);
              setIssues(NO_ISSUES);
              setStatus(null);
            }}
          >
            Revert
          </button>
          <button type="button" className="ws-button st-btn" onClick={onClose}>
            Close
          </button>
          {saved !== null && !managed && !confirmDelete && (
            <button type="button" className="ws-button st-btn st-danger" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          )}
          {confirmDelete && (
            <button type="button" className="ws-button st-btn st-danger-solid" onClick={() => void remove()} autoFocus>
              Delete {saved?.id} and its secret
            </button>
          )}
          <span
            className={`st-status${status?.ok === false ? ' failed' : ''}`}
            role="status"
            data-testid="profile-status"
          >
            {status?.text}
          </span>
        </div>
      </form>
      {saved !== null && !managed && <SecretField profile={saved} />}
    </div>
  );
}
