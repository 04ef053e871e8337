import type { ReactNode } from 'react';
import { useBridge } from './bridge/index.js';
import { Workspace } from './layout/Workspace.js';
import './layout/workspace.css';
import { useWorkstationStore } from './state/store.js';

const LINK_LABEL = { connecting: 'Linking to core…', up: 'Core linked', down: 'Core link down' } as const;

export function App(): ReactNode {
  const bridge = useBridge();
  const link = useWorkstationStore((s) => s.link);
  return (
    <div className="app">
      <header className="app-header">
        <h1>FIX Workstation</h1>
        <span className="mode-tag">Demo — embedded exchange</span>
        <span className={`link-state ${link.phase}`} title={bridge.kind === 'web' ? 'Web host socket' : 'Electron IPC'}>
          {LINK_LABEL[link.phase]}
        </span>
      </header>
      {link.phase === 'down' && link.detail !== null && (
        <p className="link-banner" role="alert">
          {link.detail}
        </p>
      )}
      <Workspace />
    </div>
  );
}
