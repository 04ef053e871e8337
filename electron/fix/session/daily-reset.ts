// The venue's daily reset as a scheduled session event (Kraken 22:00 UTC): when it falls due, a logged-on session
// logs out; once the connection is down both numbers go back to 1 and the next Logon carries 141=Y. A store that
// was created before the latest reset instant (the workstation was off across it) is reset before the next logon.
import type { SessionClock } from './clock.js';
import { DailyResetScheduler } from './reset-scheduler.js';
import { isStaleAfterDailyReset, type DailyResetTime } from './session-schedule.js';
import { SessionState } from './session-state.js';

export interface DailyResetHost {
  readonly state: SessionState;
  readonly isConnected: boolean;
  readonly storeCreatedAt: number;
  event(text: string): void;
  startLogout(text?: string): void;
  disconnect(reason: string): void;
  /** Both numbers to 1, next Logon with 141=Y. */
  resetNumbers(why: string): void;
}

export class DailyReset {
  private due = false;
  private readonly scheduler: DailyResetScheduler | null;

  constructor(
    private readonly clock: SessionClock,
    private readonly time: DailyResetTime | undefined,
    private readonly host: DailyResetHost,
  ) {
    this.scheduler = time ? new DailyResetScheduler(clock, time, () => this.run()) : null;
  }

  /** Epoch ms of the next scheduled reset, 0 without a schedule. */
  get nextAt(): number {
    return this.scheduler?.nextAt ?? 0;
  }

  start(): void {
    this.scheduler?.start();
  }

  stop(): void {
    this.scheduler?.stop();
  }

  /** The connection is down: a reset that waited for the logout happens now. */
  connectionEnded(): void {
    if (!this.due) return;
    this.due = false;
    this.host.resetNumbers('daily reset');
  }

  /** Before a logon: numbers from before the latest reset instant are stale. */
  checkStaleStore(): void {
    if (this.time && isStaleAfterDailyReset(this.host.storeCreatedAt, this.clock.now(), this.time)) {
      this.host.resetNumbers('store predates the daily reset');
    }
  }

  private run(): void {
    const h = this.host;
    h.event('Scheduled daily session reset');
    if (!h.isConnected) {
      h.resetNumbers('daily reset');
      return;
    }
    this.due = true;
    if (h.state === SessionState.Active) h.startLogout('Daily session reset');
    else if (h.state !== SessionState.LogoutSent) h.disconnect('daily session reset');
  }
}
