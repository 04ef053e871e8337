// A deterministic clock for session unit tests: time moves only when the test advances it, and due timers run
// in deadline order (ties in creation order) as it passes them.
import type { SessionClock } from '../../../../electron/fix/session/index.js';

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

export class FakeClock implements SessionClock {
  private t: number;
  private nextId = 1;
  private timers: Timer[] = [];

  constructor(start: number | string = '2026-03-02T12:00:00.000Z') {
    this.t = typeof start === 'number' ? start : Date.parse(start);
  }

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, due: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Move time forward by ms, running every timer that falls due on the way. */
  advance(ms: number): void {
    const target = this.t + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.due <= target).sort((a, b) => a.due - b.due || a.id - b.id)[0];
      if (next === undefined) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.t = Math.max(this.t, next.due);
      next.fn();
    }
    this.t = target;
  }

  /** Jump to an absolute instant (ISO text or epoch ms), running timers due before it. */
  advanceTo(when: number | string): void {
    const target = typeof when === 'number' ? when : Date.parse(when);
    this.advance(target - this.t);
  }
}
