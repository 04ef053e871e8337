// The exchange side of Kraken's logical rollover (spec §1.4): at each 22:00 UTC every session is logged out and
// numbering restarts at 1 for the next Logon. Timers are unref'd so an idle exchange never keeps a process alive.
import { KRAKEN_DAILY_RESET, nextDailyReset, type DailyResetTime } from '../fix/session/session-schedule.js';

export function scheduleDailyReset(
  reset: () => unknown,
  log: (line: string) => void,
  at: DailyResetTime = KRAKEN_DAILY_RESET,
  now: () => number = Date.now,
): { stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    const delay = nextDailyReset(now(), at) - now();
    timer = setTimeout(() => {
      log('daily rollover (22:00 UTC): logging every session out; numbers restart at 1');
      reset();
      arm();
    }, delay);
    timer.unref?.();
  };
  arm();
  return { stop: () => clearTimeout(timer) };
}
