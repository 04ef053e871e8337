// Saves the layout to main (UiSettings.layout) once it has been still for a moment, so a splitter drag is one
// save, not sixty; and takes main's layout whenever nothing local is waiting.
import { useEffect } from 'react';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import { useBridge } from '../bridge/index.js';
import { saveUiPatch } from '../shell/save-ui.js';
import { useWorkstationStore } from '../state/store.js';
import { useLayoutStore } from './layout.state.js';

export const LAYOUT_SAVE_DELAY_MS = 400;

async function save(api: WorkstationApi, revision: number): Promise<void> {
  const st = useLayoutStore.getState();
  st.markSaving(1);
  const outcome = await saveUiPatch(api, { layout: st.layout });
  useLayoutStore.getState().markSaving(-1, outcome.ok ? revision : undefined);
  if (!outcome.ok) {
    useWorkstationStore.getState().pushNotice({
      level: 'error',
      text: `Layout not saved: ${outcome.reason}`,
      time: Date.now(),
      topic: 'settings:layout',
    });
  }
}

export function useLayoutPersistence(known: ReadonlySet<string>): void {
  const { api } = useBridge();
  const saved = useWorkstationStore((s) => s.settings?.ui.layout);
  const revision = useLayoutStore((s) => s.revision);
  const savedRevision = useLayoutStore((s) => s.savedRevision);
  const idle = useLayoutStore((s) => s.saving === 0 && s.revision === s.savedRevision);

  useEffect(() => {
    if (idle) useLayoutStore.getState().adopt(saved, known);
  }, [saved, known, idle]);

  useEffect(() => {
    if (revision === savedRevision) return undefined;
    const timer = setTimeout(() => void save(api, revision), LAYOUT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, revision, savedRevision]);
}
