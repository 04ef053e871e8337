// The workstation's one global key listener. Features register what an action does (useHotkey('cancelAll', fn));
// which key triggers it comes from UiSettings.hotkeys, read at the moment of the key press, so an edit in Settings
// applies at once. A chord without Ctrl, Alt or Meta never fires from a text field: F1 in the quantity box is the
// ticket's business, not a global action.
import { useEffect, useRef } from 'react';
import type { HotkeySettings } from '../../../shared/domain/settings.js';
import { useWorkstationStore } from '../state/store.js';
import { chordOf, hasCommandModifier, isTypingTarget } from './chords.js';

export type HotkeyAction = keyof HotkeySettings;

export const HOTKEY_ACTIONS: readonly HotkeyAction[] = ['buy', 'sell', 'send', 'clear', 'cancelAll'];

export const HOTKEY_LABEL: Readonly<Record<HotkeyAction, string>> = {
  buy: 'Ticket side: buy',
  sell: 'Ticket side: sell',
  send: 'Send the ticket',
  clear: 'Clear the ticket',
  cancelAll: 'Cancel all working orders',
};

/** Until settings arrive from main: its first-start defaults (electron/settings/defaults.ts). */
export const FALLBACK_HOTKEYS: HotkeySettings = {
  buy: 'F1',
  sell: 'F2',
  send: 'Enter',
  clear: 'Escape',
  cancelAll: 'Ctrl+Shift+K',
};

/** Return false to leave the key to the handler registered before this one (or to the page). */
export type HotkeyHandler = (e: KeyboardEvent) => boolean | void;

const handlers = new Map<HotkeyAction, readonly HotkeyHandler[]>();

/** The newest registration of an action runs first. Returns the unregister function. */
export function registerHotkey(action: HotkeyAction, handler: HotkeyHandler): () => void {
  handlers.set(action, [...(handlers.get(action) ?? []), handler]);
  return () =>
    handlers.set(
      action,
      (handlers.get(action) ?? []).filter((h) => h !== handler),
    );
}

export function currentHotkeys(): HotkeySettings {
  return useWorkstationStore.getState().settings?.ui.hotkeys ?? FALLBACK_HOTKEYS;
}

export function actionOf(chord: string, keys: HotkeySettings): HotkeyAction | null {
  return HOTKEY_ACTIONS.find((a) => keys[a] === chord) ?? null;
}

/** Runs the action bound to this key event, if any handler takes it. True when one did (the event is then
 * default-prevented so no other listener acts on it too). */
export function dispatchHotkey(e: KeyboardEvent, keys: HotkeySettings = currentHotkeys()): boolean {
  if (e.defaultPrevented || e.isComposing || e.repeat) return false;
  const chord = chordOf(e);
  if (chord === null) return false;
  const action = actionOf(chord, keys);
  if (action === null) return false;
  if (isTypingTarget(e.target) && !hasCommandModifier(chord)) return false;
  const list = handlers.get(action) ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i]?.(e) !== false) {
      e.preventDefault();
      return true;
    }
  }
  return false;
}

/** Installed once by the shell. Bubble phase: a focused control that handles its own key first (and prevents the
 * default) keeps it. */
export function installHotkeys(target: Window): () => void {
  const onKeyDown = (e: KeyboardEvent): void => {
    dispatchHotkey(e);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

/** Registers `handler` for `action` while the component is mounted (and `enabled`); the latest handler is always
 * the one called, without re-registering on every render. */
export function useHotkey(action: HotkeyAction, handler: HotkeyHandler, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => (enabled ? registerHotkey(action, (e) => latest.current(e)) : undefined), [action, enabled]);
}

/** The chord bound to an action now, for labels and tooltips ("Cancel all (Ctrl+Shift+K)"). */
export function useHotkeyChord(action: HotkeyAction): string {
  return useWorkstationStore((s) => s.settings?.ui.hotkeys[action] ?? FALLBACK_HOTKEYS[action]);
}
