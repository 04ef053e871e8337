// The bar across the top: what this is and what it is connected to (mode, every session, the link to main, the
// kill switch), who is trading, and the theme and settings controls. One line, dense, every item a control or a
// labelled state.
import type { ReactNode } from 'react';
import type { SettingsView } from '../../../shared/domain/settings.js';
import { useBridge } from '../bridge/index.js';
import { useLayoutStore } from '../layout/layout.state.js';
import { useWorkstationStore } from '../state/store.js';
import { KillSwitchChip } from './KillSwitch.js';
import { SessionPills } from './SessionPills.js';
import { chooseTheme, useTheme } from './theme.js';

const LINK_LABEL = { connecting: 'Linking to core…', up: 'Core linked', down: 'Core link down' } as const;

/** The venue new orders go to: the profile of the active trading session (else the first one). */
function modeOf(settings: SettingsView | null, sessionId: string | null): { text: string; demo: boolean } {
  const profiles = settings?.profiles ?? [];
  const profile =
    (sessionId !== null ? profiles.find((p) => sessionId.startsWith(`${p.id}-`)) : undefined) ?? profiles[0];
  if (profile === undefined) return { text: 'No venue', demo: false };
  if (profile.kind === 'simulator') return { text: 'Demo — embedded exchange', demo: true };
  return { text: profile.name, demo: false };
}

function LinkChip(): ReactNode {
  const bridge = useBridge();
  const link = useWorkstationStore((s) => s.link);
  return (
    <span
      className={`shell-chip shell-link ${link.phase}`}
      data-link={link.phase}
      title={bridge.kind === 'web' ? 'Web host socket to the workstation core' : 'Electron IPC to the main process'}
    >
      <span className="shell-chip-dot" aria-hidden="true" />
      {LINK_LABEL[link.phase]}
    </span>
  );
}

function ThemeToggle(): ReactNode {
  const { api } = useBridge();
  const theme = useTheme();
  const other = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="shell-btn shell-theme"
      data-theme-toggle={theme}
      title={`Switch to the ${other} theme`}
      onClick={() => void chooseTheme(api, other)}
    >
      <span className="shell-theme-icon" aria-hidden="true" />
      <span className="sr-only">Theme: </span>
      {theme === 'dark' ? 'Dark' : 'Light'}
    </button>
  );
}

export function Header(): ReactNode {
  const settings = useWorkstationStore((s) => s.settings);
  const activeSession = useWorkstationStore(
    (s) => s.activeSessionId ?? s.sessionOrder.find((id) => id.endsWith('-trading')) ?? null,
  );
  const showPanel = useLayoutStore((s) => s.showPanel);
  const mode = modeOf(settings, activeSession);
  const user = settings?.ui.userName;
  return (
    <header className="shell-header">
      <h1 className="shell-product">FIX Workstation</h1>
      <span className={`shell-mode${mode.demo ? ' demo' : ''}`} title="Where orders go">
        {mode.text}
      </span>
      <SessionPills />
      <span className="shell-spacer" />
      <KillSwitchChip />
      <LinkChip />
      {user !== undefined && (
        <span className="shell-user" title="The user name the audit trail records (Settings)">
          <span className="shell-muted">User</span> {user}
        </span>
      )}
      <ThemeToggle />
      <button type="button" className="shell-btn" onClick={() => showPanel('settings')}>
        Settings
      </button>
    </header>
  );
}
