// Key chords as UiSettings.hotkeys spells them (electron/settings/hotkey-schema.ts): modifiers in the fixed order
// Ctrl, Alt, Shift, Meta, then the key as KeyboardEvent.key names it, letters upper case, " " as Space. One spelling
// per chord, so the registry and the hotkey editor compare plain strings.
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyEvent = KeyboardEvent | ReactKeyboardEvent;

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'CapsLock', 'OS']);

/** The key part of a chord. With Shift or Alt held, e.key is the shifted symbol ("!" for Shift+1, "å" for Alt+A
 * on a Mac): the physical letter or digit (e.code) is what the trader pressed and what the schema accepts. */
function keyName(e: AnyKeyEvent): string {
  if (e.key === ' ') return 'Space';
  if (/^[a-z0-9]$/i.test(e.key)) return e.key.toUpperCase();
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(e.code);
  if (code !== null) return code[1] ?? code[2] ?? e.key;
  return e.key.length === 1 ? e.key.toUpperCase() : e.key;
}

/** The chord a key event makes, or null for a lone modifier (nothing to bind yet). */
export function chordOf(e: AnyKeyEvent): string | null {
  if (MODIFIER_KEYS.has(e.key)) return null;
  const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Meta'];
  return [...mods.filter((m): m is string => typeof m === 'string'), keyName(e)].join('+');
}

/** Ctrl, Alt or Meta: a chord that cannot be typed into a text field, so it may fire from one. Shift alone does
 * not count (Shift+A types "A"). */
export function hasCommandModifier(chord: string): boolean {
  return chord
    .split('+')
    .slice(0, -1)
    .some((m) => m === 'Ctrl' || m === 'Alt' || m === 'Meta');
}

/** True when the event comes from somewhere the trader types: a text field, a select, an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** A chord as a screen reader should say it and a tooltip should show it ("Ctrl Shift K"). */
export function spokenChord(chord: string): string {
  return chord.split('+').join(' ');
}
