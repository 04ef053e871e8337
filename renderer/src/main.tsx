// Renderer entry: pick the bridge to main, keep the store in step with it, render the workstation.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { BridgeProvider, createBridge } from './bridge/index.js';
import { applyTheme, readThemeHint } from './shell/theme.js';
import { syncSessions } from './state/sync-sessions.js';
import { syncStreams } from './state/sync-streams.js';
import { useWorkstationStore } from './state/store.js';
import './app.css';

// The last theme, before the first paint; main's saved setting takes over when it arrives (shell/theme.ts).
applyTheme(readThemeHint());
const bridge = createBridge(window);
syncSessions(bridge, useWorkstationStore);
syncStreams(bridge, useWorkstationStore);

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <BridgeProvider bridge={bridge}>
      <App />
    </BridgeProvider>
  </StrictMode>,
);
