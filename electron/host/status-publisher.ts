// Coalesces a session's status changes before they leave the core: every change within one tick becomes one
// publication, identical statuses are not re-sent, and a change of nothing but lastReceivedAt (every inbound
// message) goes out at most once a second: the monitor shows that age in whole seconds.
import type { SessionStatus } from '../../shared/session-status.js';

const RECEIVE_ONLY_INTERVAL_MS = 1000;

export class StatusPublisher {
  private last: SessionStatus | null = null;
  private lastAt = 0;
  private queued = false;
  private trailing: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(s: SessionStatus) => void>();

  constructor(
    private readonly read: () => SessionStatus,
    private readonly now: () => number,
    /** A subscriber threw (e.g. a destroyed window): reported, and the other subscribers still get the status. */
    private readonly report: (text: string) => void,
  ) {}

  subscribe(fn: (s: SessionStatus) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Something may have changed: publish in a microtask (so a burst of engine events is one status). */
  changed(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      this.flush();
    });
  }

  stop(): void {
    clearTimeout(this.trailing);
    this.trailing = undefined;
    this.listeners.clear();
  }

  private flush(): void {
    const next = this.read();
    const prev = this.last;
    if (prev !== null && sameStatus(prev, next, true)) return;
    if (prev !== null && sameStatus(prev, next, false)) {
      const wait = this.lastAt + RECEIVE_ONLY_INTERVAL_MS - this.now();
      if (wait > 0) {
        this.trailing ??= setTimeout(() => {
          this.trailing = undefined;
          this.flush();
        }, wait);
        return;
      }
    }
    clearTimeout(this.trailing);
    this.trailing = undefined;
    this.last = next;
    this.lastAt = this.now();
    for (const fn of [...this.listeners]) {
      try {
        fn(next);
      } catch (err) {
        this.report(`status subscriber failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
}

function sameStatus(a: SessionStatus, b: SessionStatus, includeReceived: boolean): boolean {
  for (const key of Object.keys(a) as (keyof SessionStatus)[]) {
    if (key === 'lastReceivedAt' && !includeReceived) continue;
    if (a[key] !== b[key]) return false;
  }
  return true;
}
