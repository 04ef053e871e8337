// The ticket's keys, through the shell's hotkey registry (shell/hotkeys.ts): the chords of UiSettings.hotkeys
// (defaults F1 buy, F2 sell, Enter send, Escape clear) named as the registry names them, by the physical key, so a
// saved "Ctrl+Shift+1" is Ctrl+Shift+1 here too and not "Ctrl+Shift+!". Side keys work from anywhere in the
// workstation and bring focus to the quantity; send and clear only act while focus is inside the ticket, so Enter
// in another panel never sends an order. No plain key is taken from another panel's text field: the registry does
// not fire one from a field, and keys typed in the ticket's own fields reach it through the ticket's onKeyDown.
import { useCallback, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { chordOf, isTypingTarget } from '../../shell/chords.js';
import { actionOf, currentHotkeys, useHotkey, type HotkeyAction } from '../../shell/hotkeys.js';
import { useTicketStore } from './ticket.state.js';

type TicketAction = Extract<HotkeyAction, 'buy' | 'sell' | 'send' | 'clear'>;

function isTicketAction(a: HotkeyAction | null): a is TicketAction {
  return a === 'buy' || a === 'sell' || a === 'send' || a === 'clear';
}

/** Runs `action` for a key event; false when it does not apply there (the key goes on to the page). */
function runAction(action: TicketAction, e: KeyboardEvent, inside: boolean, send: () => void): boolean {
  const ticket = useTicketStore.getState();
  if (action === 'buy' || action === 'sell') {
    ticket.update({ side: action });
    ticket.requestFocus('qty');
    return true;
  }
  if (!inside) return false;
  if (action === 'send') {
    // A focused button keeps its own Enter / Space (a preset, the side toggle, the send button itself).
    if (e.target instanceof HTMLButtonElement) return false;
    send();
    return true;
  }
  ticket.clear();
  return true;
}

/** Registers the ticket's actions while it is mounted; returns the onKeyDown for the ticket's root element. */
export function useTicketHotkeys(
  root: RefObject<HTMLElement | null>,
  send: () => void,
): (e: ReactKeyboardEvent<HTMLElement>) => void {
  const latestSend = useRef(send);
  useEffect(() => {
    latestSend.current = send;
  });
  const run = (action: TicketAction) => (e: KeyboardEvent) => {
    const inside = root.current !== null && e.target instanceof Node && root.current.contains(e.target);
    return runAction(action, e, inside, () => latestSend.current());
  };
  useHotkey('buy', run('buy'));
  useHotkey('sell', run('sell'));
  useHotkey('send', run('send'));
  useHotkey('clear', run('clear'));

  // The registry leaves plain keys in text fields alone; in the ticket's own fields (quantity, prices, the type
  // and time-in-force selects) they are the ticket's. Handled here, before the registry's window listener, which
  // then sees the event default-prevented and does not act a second time.
  return useCallback((e: ReactKeyboardEvent<HTMLElement>) => {
    const ne = e.nativeEvent;
    if (ne.defaultPrevented || ne.isComposing || ne.repeat || !isTypingTarget(ne.target)) return;
    const chord = chordOf(ne);
    const action = chord === null ? null : actionOf(chord, currentHotkeys());
    if (isTicketAction(action) && runAction(action, ne, true, () => latestSend.current())) e.preventDefault();
  }, []);
}
