// One-shot session timers by name (logon timeout, logout timeout, close delay...): arming a name replaces its
// previous timer, and clearAll() on disconnect guarantees no timer outlives its connection.
import type { SessionClock } from './clock.js';

export class NamedTimers<N extends string> {
  private readonly handles = new Map<N, unknown>();

  constructor(private readonly clock: SessionClock) {}

  set(name: N, ms: number, fn: () => void): void {
    this.clear(name);
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(name);
      fn();
    }, ms);
    this.handles.set(name, handle);
  }

  clear(name: N): void {
    const h = this.handles.get(name);
    if (h !== undefined) {
      this.clock.clearTimeout(h);
      this.handles.delete(name);
    }
  }

  isSet(name: N): boolean {
    return this.handles.has(name);
  }

  clearAll(): void {
    for (const h of this.handles.values()) this.clock.clearTimeout(h);
    this.handles.clear();
  }
}
