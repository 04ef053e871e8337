// Hotkey chords as settings spell them ("F1", "Enter", "Ctrl+Shift+K": modifiers in the order Ctrl, Alt, Shift,
// Meta, then the key as KeyboardEvent.key names it, letters upper case; electron/settings/hotkey-schema.ts).
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyEvent = KeyboardEvent | ReactKeyboardEvent;

/** The chord a key event makes, in the settings' spelling. */
export function chordOf(e: AnyKeyEvent): string {
  const key = e.key === ' ' ? 'Space' : e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return [e.ctrlKey ? 'Ctrl' : '', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : '', e.metaKey ? 'Meta' : '', key]
    .filter(Boolean)
    .join('+');
}

export function matches(e: AnyKeyEvent, chord: string): boolean {
  return chord !== '' && chordOf(e) === chord;
}

/** True when the event comes from somewhere the trader types: a text field, a select, an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color'].includes(target.type);
  }
  return false;
}
