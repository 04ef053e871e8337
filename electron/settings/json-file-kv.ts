// The settings as one JSON file, for the web host and the tests (the app uses electron-store). Read once on open
// and cached: this process is the file's only writer. Each set rewrites the whole file atomically (temp file,
// fsync, rename, directory fsync), so a crash leaves either the old or the new settings, never half of each.
import fs from 'node:fs';
import path from 'node:path';
import { removeIfExists, syncDirectory } from '../fix/store/fs-durable.js';
import { readJsonObjectFile } from './json-object-file.js';
import type { FileKeyValue, SettingsIssue } from './key-value.js';

export interface JsonFileKeyValueOptions {
  /** e.g. <data dir>/settings.json; created owner-only with its directory. */
  file: string;
  now?: () => number;
}

export class JsonFileKeyValue implements FileKeyValue {
  readonly path: string;
  readonly issues: readonly SettingsIssue[];
  private data: Record<string, unknown>;

  constructor(options: JsonFileKeyValueOptions) {
    if (typeof options?.file !== 'string' || options.file.length === 0) {
      throw new TypeError('JsonFileKeyValue: file must be a non-empty path');
    }
    this.path = path.resolve(options.file);
    fs.mkdirSync(path.dirname(this.path), { recursive: true });
    // Left by a write that crashed before its rename: that write never happened, the file stands.
    removeIfExists(this.tempPath());
    const read = readJsonObjectFile(this.path, options.now ?? Date.now);
    this.data = read.data ?? {};
    this.issues = read.issues;
  }

  get(key: string): unknown {
    const value = this.data[key];
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    if (value === undefined) throw new TypeError(`JsonFileKeyValue.set: ${key} cannot be set to undefined`);
    // Through JSON and back: what is cached is exactly what a reader of the file will find.
    const stored: unknown = JSON.parse(JSON.stringify(value));
    const next = { ...this.data, [key]: stored };
    this.write(`${JSON.stringify(next, null, 2)}\n`);
    this.data = next;
  }

  private tempPath(): string {
    return `${this.path}.tmp`;
  }

  private write(text: string): void {
    const temp = this.tempPath();
    const fd = fs.openSync(temp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, text, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.path);
    syncDirectory(path.dirname(this.path));
  }
}
