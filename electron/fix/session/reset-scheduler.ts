// Fires the venue's daily reset at its UTC instant. Waits in steps of at most a minute and re-reads the wall clock
// each step, so a laptop that slept through the instant (monotonic timers pause, the wall clock does not) still
// runs the reset as soon as it wakes.
import type { SessionClock } from './clock.js';
import { nextDailyReset, type DailyResetTime } from './session-schedule.js';

const MAX_STEP_MS = 60_000;

export class DailyResetScheduler {
  private timer: unknown = undefined;
  private due = 0;

  constructor(
    private readonly clock: SessionClock,
    private readonly time: DailyResetTime,
    private readonly run: (dueAt: number) => void,
  ) {}

  /** The instant the next reset is due (epoch ms), 0 when stopped. */
  get nextAt(): number {
    return this.timer === undefined ? 0 : this.due;
  }

  start(): void {
    this.stop();
    this.due = nextDailyReset(this.clock.now(), this.time);
    this.arm();
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    const wait = Math.min(MAX_STEP_MS, Math.max(0, this.due - this.clock.now()));
    this.timer = this.clock.setTimeout(() => this.step(), wait);
  }

  private step(): void {
    const now = this.clock.now();
    if (now < this.due) {
      this.arm();
      return;
    }
    const dueAt = this.due;
    this.due = nextDailyReset(now, this.time);
    this.arm();
    this.run(dueAt);
  }
}
