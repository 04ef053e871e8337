// Scratch directories for one test file (stores, logs, certificates), removed after its tests unless KEEP=1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function tempDirs(prefix: string): (name?: string) => string {
  const made: string[] = [];
  afterAll(() => {
    if (process.env.KEEP === '1') {
      process.stderr.write(`KEEP=1: scratch directories kept: ${made.join(' ')}\n`);
      return;
    }
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (name?: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}${name !== undefined ? `${name}-` : ''}`));
    made.push(dir);
    return dir;
  };
}
