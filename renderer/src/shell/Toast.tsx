// One toast: level by colour and by word (for those who do not see the colour), the text, when, how many times,
// and a dismiss button. Escape inside it dismisses it. It leaves on its own after its level's time unless the
// trader is hovering or focused in the stack.
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { NoticeLevel } from '../../../shared/ipc/streams.js';
import { TOAST_TTL_MS, type ToastGroup } from './toast-groups.js';

const LEVEL_WORD: Readonly<Record<NoticeLevel, string>> = {
  info: 'Info',
  success: 'OK',
  warning: 'Warning',
  error: 'Error',
};

export interface ToastProps {
  readonly group: ToastGroup;
  readonly paused: boolean;
  onDismiss(group: ToastGroup): void;
}

export function Toast({ group, paused, onDismiss }: ToastProps): ReactNode {
  const { latest } = group;
  const ttl = TOAST_TTL_MS[latest.level];
  const dismissSelf = useRef(() => onDismiss(group));
  useEffect(() => {
    dismissSelf.current = () => onDismiss(group);
  });

  // Only a newer notice of this topic (latest.id) restarts the clock, not other toasts coming and going.
  useEffect(() => {
    if (ttl === null || paused) return undefined;
    const timer = setTimeout(() => dismissSelf.current(), ttl);
    return () => clearTimeout(timer);
  }, [ttl, paused, latest.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onDismiss(group);
  };

  return (
    <li
      className={`shell-toast level-${latest.level}`}
      data-level={latest.level}
      data-topic={group.topic}
      onKeyDown={onKeyDown}
    >
      <span className="shell-toast-level">{LEVEL_WORD[latest.level]}</span>
      <p className="shell-toast-text">{latest.text}</p>
      <span className="shell-toast-meta">
        {group.ids.length > 1 && <span title={`${group.ids.length} notices on this`}>×{group.ids.length} · </span>}
        <time dateTime={new Date(latest.time).toISOString()}>{new Date(latest.time).toLocaleTimeString('en-GB')}</time>
      </span>
      <button
        type="button"
        className="shell-toast-close"
        aria-label={`Dismiss: ${latest.text}`}
        title="Dismiss (Escape)"
        onClick={() => onDismiss(group)}
      >
        ×
      </button>
    </li>
  );
}
