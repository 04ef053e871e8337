// The notices slice as stacked toasts, bottom right. Screen readers hear each new notice once through two live
// regions (polite for info and fills, assertive for errors) that exist from the start, so nothing is missed by a
// region appearing with its first message. Keyboard: Tab reaches each toast's dismiss button; Escape dismisses the
// focused toast; focus returns where it came from when the last toast goes.
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useWorkstationStore } from '../state/store.js';
import { Toast } from './Toast.js';
import { groupNotices, type ToastGroup } from './toast-groups.js';

export function Toasts(): ReactNode {
  const notices = useWorkstationStore((s) => s.notices);
  const dismissNotice = useWorkstationStore((s) => s.dismissNotice);
  const groups = useMemo(() => groupNotices(notices), [notices]);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [spoken, setSpoken] = useState({ polite: '', alert: '' });
  const lastSpoken = useRef(0);
  const stack = useRef<HTMLOListElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const fresh = notices.filter((n) => n.id > lastSpoken.current);
    if (fresh.length === 0) return;
    lastSpoken.current = fresh[fresh.length - 1]!.id;
    const alert = fresh.filter((n) => n.level === 'error').map((n) => n.text);
    const polite = fresh.filter((n) => n.level !== 'error').map((n) => n.text);
    setSpoken((s) => ({
      alert: alert.length > 0 ? alert.join('. ') : s.alert,
      polite: polite.length > 0 ? polite.join('. ') : s.polite,
    }));
  }, [notices]);

  const dismiss = useCallback(
    (group: ToastGroup) => {
      const list = stack.current;
      const hadFocus = list !== null && list.contains(document.activeElement);
      const at = groups.findIndex((g) => g.topic === group.topic);
      for (const id of group.ids) dismissNotice(id);
      if (!hadFocus) return;
      // Keep the keyboard in the stack while toasts remain: the next one down, else the one above.
      const buttons = [...(list?.querySelectorAll<HTMLButtonElement>('.shell-toast-close') ?? [])];
      const next = buttons[at + 1] ?? buttons[at - 1];
      if (next !== undefined) next.focus();
      else returnTo.current?.focus();
    },
    [groups, dismissNotice],
  );

  const dismissAll = (): void => {
    for (const g of groups) for (const id of g.ids) dismissNotice(id);
    returnTo.current?.focus();
  };

  const onFocus = (e: FocusEvent<HTMLElement>): void => {
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && !e.currentTarget.contains(from)) returnTo.current = from;
    setFocused(true);
  };
  const onBlur = (e: FocusEvent<HTMLElement>): void => {
    if (!(e.relatedTarget instanceof Node) || !e.currentTarget.contains(e.relatedTarget)) setFocused(false);
  };

  return (
    <section
      className="shell-toasts"
      aria-label="Notifications"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <div className="sr-only" role="status" aria-live="polite" data-testid="toast-announce-polite">
        {spoken.polite}
      </div>
      <div className="sr-only" role="alert" data-testid="toast-announce-alert">
        {spoken.alert}
      </div>
      {groups.length > 1 && (
        <button type="button" className="shell-toasts-clear" onClick={dismissAll}>
          Dismiss all ({groups.length})
        </button>
      )}
      <ol className="shell-toast-list" ref={stack}>
        {groups.map((g) => (
          <Toast key={g.topic} group={g} paused={hovered || focused} onDismiss={dismiss} />
        ))}
      </ol>
    </section>
  );
}
