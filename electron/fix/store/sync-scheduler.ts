// Applies the store's fsync policy. With 'interval', a write marks the file dirty and an unref'd timer syncs it
// within the interval, so an idle session still reaches disk; a failure of that background sync is kept and thrown
// by the store's next write (the store can no longer promise durability, and the session must know).
import type { FsyncPolicy } from './file-store-options.js';

export class SyncScheduler {
  private lastSync = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private failure: Error | undefined;

  constructor(
    private readonly policy: FsyncPolicy,
    private readonly intervalMs: number,
    private readonly sync: () => void,
  ) {}

  /** After every write. Throws when 'always' sync fails. */
  afterWrite(): void {
    if (this.policy === 'never') return;
    if (this.policy === 'always') {
      this.sync();
      return;
    }
    this.dirty = true;
    // Capped: a wall clock stepped backwards (NTP) must not postpone the sync by the size of the step.
    const wait = Math.min(this.lastSync + this.intervalMs - Date.now(), this.intervalMs);
    if (wait <= 0) this.syncNow();
    else this.timer ??= setTimeout(() => this.onTimer(), wait).unref();
  }

  /** Throws a failure the background sync hit since the last call. */
  throwPendingFailure(): void {
    const failure = this.failure;
    if (!failure) return;
    this.failure = undefined;
    throw failure;
  }

  /** Sync now if anything is unsynced (close, reset). */
  flush(): void {
    if (this.dirty) this.syncNow();
    this.cancel();
  }

  /** Forget pending work without syncing (the file it was for is gone). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
  }

  private syncNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.dirty = false;
    this.lastSync = Date.now();
    this.sync();
  }

  private onTimer(): void {
    this.timer = undefined;
    try {
      if (this.dirty) this.syncNow();
    } catch (err) {
      this.failure = err instanceof Error ? err : new Error(String(err));
    }
  }
}
