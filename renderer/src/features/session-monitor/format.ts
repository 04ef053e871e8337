// Display formatting for the session monitor. Pure functions of a status and "now" (epoch ms).
import type { SessionPhase } from '../../../../shared/session-status.js';

export const PHASE_LABEL: Readonly<Record<SessionPhase, string>> = {
  disconnected: 'Disconnected',
  connecting: 'Connecting',
  'logging-on': 'Logging on',
  active: 'Active',
  resending: 'Resending',
  'logging-out': 'Logging out',
  'reconnect-wait': 'Reconnect wait',
};

/** "4 s", "2 m 05 s", "1 h 02 m": an age or a countdown in whole seconds. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  if (total < 60) return `${total} s`;
  const m = Math.floor(total / 60);
  if (m < 60) return `${m} m ${String(total % 60).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} m`;
}

export function formatAge(at: number | null, now: number): string {
  return at === null ? '—' : `${formatDuration(now - at)} ago`;
}

export function formatCountdown(at: number | null, now: number): string {
  if (at === null) return '—';
  const left = at - now;
  // Rounded up, so "in 0 s" never shows while the attempt is still ahead.
  return left <= 0 ? 'due' : `in ${formatDuration(Math.ceil(left / 1000) * 1000)}`;
}

export function formatRoundTrip(ms: number | null): string {
  return ms === null ? '—' : `${ms} ms`;
}

export function formatSeq(n: number): string {
  return n.toLocaleString('en-US');
}
