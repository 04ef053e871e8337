// A KeyValue in memory, for tests and throw-away runs. Values are copied in and out like a file would.
import type { KeyValue } from './key-value.js';

export class MemoryKeyValue implements KeyValue {
  private readonly data = new Map<string, unknown>();

  constructor(initial: Readonly<Record<string, unknown>> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, structuredClone(value));
  }

  get(key: string): unknown {
    const value = this.data.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    if (value === undefined) throw new TypeError(`MemoryKeyValue.set: ${key} cannot be set to undefined`);
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
}
