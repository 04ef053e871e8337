// The colour theme: UiSettings.theme is the truth (saved in main); the document carries it as
// <html data-theme="dark|light"> and every colour in the app comes from app.css variables under that attribute.
// A copy of the last theme stays in localStorage only so a reload paints the right theme before settings arrive.
import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import type { Theme } from '../../../shared/domain/settings.js';
import type { WorkstationApi } from '../../../shared/ipc/workstation-api.js';
import { useWorkstationStore } from '../state/store.js';
import { saveUiPatch } from './save-ui.js';

const HINT_KEY = 'fix-workstation.theme';

export function readThemeHint(storage: Storage | null = safeStorage()): Theme {
  return storage?.getItem(HINT_KEY) === 'light' ? 'light' : 'dark';
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  safeStorage()?.setItem(HINT_KEY, theme);
}

/** The theme chosen here and not yet confirmed by main (shown at once; main's answer replaces it). */
const useThemeOverride = create<{ theme: Theme | null }>(() => ({ theme: null }));

export function useTheme(): Theme {
  const saved = useWorkstationStore((s) => s.settings?.ui.theme);
  const override = useThemeOverride((s) => s.theme);
  return override ?? saved ?? readThemeHint();
}

/** Keeps <html data-theme> in step with the theme; mounted once by the shell. */
export function useApplyTheme(): Theme {
  const theme = useTheme();
  useLayoutEffect(() => applyTheme(theme), [theme]);
  return theme;
}

export async function chooseTheme(api: WorkstationApi, theme: Theme): Promise<void> {
  useThemeOverride.setState({ theme });
  const outcome = await saveUiPatch(api, { theme });
  useThemeOverride.setState({ theme: null });
  if (!outcome.ok) {
    useWorkstationStore.getState().pushNotice({
      level: 'error',
      text: `Theme not saved: ${outcome.reason}`,
      time: Date.now(),
      topic: 'settings:theme',
    });
  }
}
