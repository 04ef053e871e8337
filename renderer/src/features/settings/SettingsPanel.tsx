// The settings panel: venue profiles (with their credentials), hotkeys, quantity presets and preferences, one
// section at a time behind a tab strip. Every change is validated by main; its reasons show beside the fields.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { HotkeysSection } from './HotkeysSection.js';
import { PreferencesSection } from './PreferencesSection.js';
import { PresetsSection } from './PresetsSection.js';
import { ProfilesSection } from './ProfilesSection.js';
import './settings.css';

const SECTIONS = [
  { id: 'profiles', label: 'Venue profiles', render: () => <ProfilesSection /> },
  { id: 'hotkeys', label: 'Hotkeys', render: () => <HotkeysSection /> },
  { id: 'presets', label: 'Quantity presets', render: () => <PresetsSection /> },
  { id: 'preferences', label: 'Preferences', render: () => <PreferencesSection /> },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

export function SettingsPanel(): ReactNode {
  const uid = useId();
  const [section, setSection] = useState<SectionId>('profiles');
  const strip = useRef<HTMLDivElement>(null);
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];

  // Tabs pattern, automatic activation: a section is a light form, cheap to show on every arrow press.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = SECTIONS.findIndex((s) => s.id === section);
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (i + 1) % SECTIONS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + SECTIONS.length) % SECTIONS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = SECTIONS.length - 1;
    if (next === null) return;
    e.preventDefault();
    const id = SECTIONS[next]!.id;
    setSection(id);
    strip.current?.querySelector<HTMLElement>(`[data-section="${id}"]`)?.focus();
  };

  return (
    <section className="settings-panel" aria-labelledby={`${uid}-title`}>
      <header className="st-header">
        <h2 className="ws-panel-title" id={`${uid}-title`}>
          Settings
        </h2>
        <div className="st-sections" role="tablist" aria-label="Settings sections" ref={strip} onKeyDown={onKeyDown}>
          {SECTIONS.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              id={`${uid}-tab-${s.id}`}
              data-section={s.id}
              aria-selected={s.id === section}
              aria-controls={`${uid}-body`}
              tabIndex={s.id === section ? 0 : -1}
              className={s.id === section ? 'st-section active' : 'st-section'}
              onClick={() => setSection(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
      </header>
      <div className="st-body" role="tabpanel" id={`${uid}-body`} aria-labelledby={`${uid}-tab-${current.id}`}>
        {current.render()}
      </div>
    </section>
  );
}
