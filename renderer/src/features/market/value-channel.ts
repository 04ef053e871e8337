// Carries a value from an imperative chart view to the one small component that shows it (useSyncExternalStore), so
// a tick or a pointer move re-renders a legend, not the whole chart panel.
import { useSyncExternalStore } from 'react';

export class ValueChannel<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  readonly set = (next: T): void => {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const fn of this.listeners) fn();
  };

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => {
      this.listeners.delete(fn);
    };
  };

  readonly get = (): T => this.value;
}

export function useChannel<T>(channel: ValueChannel<T>): T {
  return useSyncExternalStore(channel.subscribe, channel.get);
}
