// Notices shown as toasts, one per topic: a second fill of the same order replaces the first toast (with a count)
// instead of stacking; the newest topic is last (bottom of the stack, nearest the corner).
import type { NoticeLevel } from '../../../shared/ipc/streams.js';
import type { ShownNotice } from '../state/notices-slice.js';

export interface ToastGroup {
  readonly topic: string;
  /** The newest notice of the topic: its text, level and time are shown. */
  readonly latest: ShownNotice;
  readonly ids: readonly number[];
}

/** How long a toast stays on its own; errors stay until dismissed. */
export const TOAST_TTL_MS: Readonly<Record<NoticeLevel, number | null>> = {
  info: 6000,
  success: 6000,
  warning: 10_000,
  error: null,
};

export function groupNotices(notices: readonly ShownNotice[]): ToastGroup[] {
  const byTopic = new Map<string, { latest: ShownNotice; ids: number[] }>();
  for (const n of notices) {
    const g = byTopic.get(n.topic);
    if (g === undefined) byTopic.set(n.topic, { latest: n, ids: [n.id] });
    else {
      g.latest = n;
      g.ids.push(n.id);
    }
  }
  return [...byTopic.entries()]
    .map(([topic, g]) => ({ topic, latest: g.latest, ids: g.ids }))
    .sort((a, b) => a.latest.id - b.latest.id);
}
