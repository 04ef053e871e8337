// The ticket's keys from UiSettings.hotkeys (defaults F1 buy, F2 sell, Enter send, Escape clear). Side keys work from
// anywhere in the workstation and bring focus to the quantity; send and clear only act while focus is inside the
// ticket, so Enter in another panel never sends an order. No key is taken from another panel's text field.
import { useEffect, type RefObject } from 'react';
import type { HotkeySettings } from '../../../../shared/domain/settings.js';
import { useWorkstationStore } from '../../state/store.js';
import { isTypingTarget, matches } from './hotkeys.js';
import { useTicketStore } from './ticket.state.js';

/** What a first start uses until settings arrive (electron/settings/defaults.ts). */
export const FALLBACK_HOTKEYS: Pick<HotkeySettings, 'buy' | 'sell' | 'send' | 'clear'> = {
  buy: 'F1',
  sell: 'F2',
  send: 'Enter',
  clear: 'Escape',
};

export function useTicketHotkeys(root: RefObject<HTMLElement | null>, send: () => void): void {
  const configured = useWorkstationStore((s) => s.settings?.ui.hotkeys);
  const keys = configured ?? FALLBACK_HOTKEYS;
  const { buy, sell, send: sendKey, clear } = keys;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      const inside = root.current !== null && e.target instanceof Node && root.current.contains(e.target);
      if (!inside && isTypingTarget(e.target)) return;
      const ticket = useTicketStore.getState();
      if (matches(e, buy) || matches(e, sell)) {
        e.preventDefault();
        ticket.update({ side: matches(e, buy) ? 'buy' : 'sell' });
        ticket.requestFocus('qty');
        return;
      }
      if (!inside) return;
      // A focused button keeps its own Enter / Space (a preset, the side toggle, the send button itself).
      const onButton = e.target instanceof HTMLButtonElement;
      if (matches(e, sendKey) && !onButton) {
        e.preventDefault();
        send();
      } else if (matches(e, clear)) {
        e.preventDefault();
        ticket.clear();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root, send, buy, sell, sendKey, clear]);
}
