// A fresh temporary directory per test (message store, TLS certificate), removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function useTempDir(prefix: string): { readonly path: string } {
  let path: string | null = null;
  beforeEach(() => {
    path = mkdtempSync(join(tmpdir(), `${prefix}-`));
  });
  afterEach(() => {
    if (path !== null) rmSync(path, { recursive: true, force: true });
    path = null;
  });
  return {
    get path(): string {
      if (path === null) throw new Error('the temporary directory exists only inside a test');
      return path;
    },
  };
}
