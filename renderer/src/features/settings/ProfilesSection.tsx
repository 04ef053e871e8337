// Venue profiles: every configured connection in a compact table (kind, endpoints, whether a secret is stored,
// auto-connect), and the form to add one or edit the selected one.
import { useState, type ReactNode } from 'react';
import type { EndpointConfig, VenueProfile } from '../../../../shared/domain/settings.js';
import { useWorkstationStore } from '../../state/store.js';
import { draftOf, KIND_LABEL, newDraft } from './profile-draft.js';
import { ProfileForm } from './ProfileForm.js';

interface Editing {
  /** Stable for one editing session, so saving a new profile does not remount its form. */
  readonly key: string;
  readonly profileId: string | null;
}

function endpoint(e: EndpointConfig | undefined): string {
  return e === undefined ? '—' : `${e.host}:${e.port}${e.tls ? ' TLS' : ''}`;
}

let nextKey = 1;

export function ProfilesSection(): ReactNode {
  const profiles = useWorkstationStore((s) => s.settings?.profiles);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (profiles === undefined) return <p className="st-note">Reading settings from the workstation core…</p>;
  const editingId = editing?.profileId ?? null;
  const saved = editingId !== null ? (profiles.find((p) => p.id === editingId) ?? null) : null;
  const edit = (p: VenueProfile): void => setEditing({ key: `edit:${p.id}`, profileId: p.id });

  return (
    <div className="st-profiles">
      <div className="st-toolbar">
        <h3 id="st-profiles-title">Venue profiles</h3>
        <button
          type="button"
          className="ws-button st-btn"
          onClick={() => setEditing({ key: `new:${nextKey++}`, profileId: null })}
        >
          Add profile
        </button>
      </div>
      <div className="st-table-wrap">
        <table className="st-table" aria-labelledby="st-profiles-title">
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">Kind</th>
              <th scope="col">Trading</th>
              <th scope="col">Market data</th>
              <th scope="col">Key / secret</th>
              <th scope="col">Connect at start</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((p) => (
              <tr key={p.id} className={p.id === editing?.profileId ? 'selected' : undefined} data-profile-id={p.id}>
                <th scope="row">
                  <button type="button" className="st-link" onClick={() => edit(p)} aria-label={`Edit ${p.name}`}>
                    {p.name}
                  </button>
                  <span className="st-id">{p.id}</span>
                </th>
                <td>{KIND_LABEL[p.kind]}</td>
                <td className="st-mono">{endpoint(p.trading)}</td>
                <td className="st-mono">{endpoint(p.marketData)}</td>
                <td>
                  {p.kind === 'simulator'
                    ? 'managed'
                    : `${p.apiKey !== undefined ? 'key' : 'no key'} · ${p.hasSecret ? 'secret stored' : 'no secret'}`}
                </td>
                <td>{p.autoConnect ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing !== null && (
        <ProfileForm
          key={editing.key}
          initial={saved !== null ? draftOf(saved) : newDraft()}
          saved={saved}
          onSaved={(id) => setEditing((e) => (e === null ? e : { ...e, profileId: id }))}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
