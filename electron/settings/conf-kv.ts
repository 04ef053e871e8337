// KeyValue over a `conf` store (electron-store extends conf). Kept apart from the Electron adapter so the logic is
// tested with plain conf. conf refuses to open a file that is not valid JSON and silently reads one holding an
// array or null as empty (the next write would then replace the user's data), so the file is checked, and moved
// aside if it is unusable, before conf opens it.
import path from 'node:path';
import { readJsonObjectFile } from './json-object-file.js';
import type { FileKeyValue, SettingsIssue } from './key-value.js';

/** The part of conf's API used here. */
export interface ConfLike {
  readonly path: string;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export class ConfKeyValue implements FileKeyValue {
  readonly path: string;

  private constructor(
    private readonly conf: ConfLike,
    readonly issues: readonly SettingsIssue[],
  ) {
    this.path = conf.path;
  }

  /** Checks `file`, then opens the store with `open`, which must use that same file. */
  static open(file: string, open: () => ConfLike, now: () => number = Date.now): ConfKeyValue {
    const resolved = path.resolve(file);
    const { issues } = readJsonObjectFile(resolved, now);
    const conf = open();
    if (path.resolve(conf.path) !== resolved) {
      throw new Error(`ConfKeyValue: the store opened ${conf.path}, not the checked file ${resolved}`);
    }
    return new ConfKeyValue(conf, issues);
  }

  get(key: string): unknown {
    return this.conf.get(key);
  }

  set(key: string, value: unknown): void {
    this.conf.set(key, value);
  }
}
