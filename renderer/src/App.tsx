// The workstation shell: header, the kill-switch banner, the link banner, the workspace of panels and the toasts;
// the theme on <html> and the one global key listener are installed here, once.
import { useEffect, type ReactNode } from 'react';
// Before every panel's own stylesheet, so a panel's rule overrides the shared one it refines.
import './shell/panel.css';
import { Workspace } from './layout/Workspace.js';
import './layout/workspace.css';
import { Header } from './shell/Header.js';
import { installHotkeys } from './shell/hotkeys.js';
import { KillSwitchBanner } from './shell/KillSwitch.js';
import './shell/shell.css';
import { useApplyTheme } from './shell/theme.js';
import { Toasts } from './shell/Toasts.js';
import './shell/toasts.css';
import { useCancelAllHotkey } from './shell/use-cancel-all-hotkey.js';
import { useWorkstationStore } from './state/store.js';

export function App(): ReactNode {
  const link = useWorkstationStore((s) => s.link);
  useApplyTheme();
  useEffect(() => installHotkeys(window), []);
  useCancelAllHotkey();
  return (
    <div className="app">
      <Header />
      <KillSwitchBanner />
      {link.phase === 'down' && link.detail !== null && (
        <p className="shell-link-banner" role="alert">
          {link.detail}
        </p>
      )}
      <Workspace />
      <Toasts />
    </div>
  );
}
