// Builds main, preload and renderer into out/ before the e2e tier, so the browser always drives the renderer as it
// is in the source tree (a stale out/renderer would test yesterday's UI). Takes about a second.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(path.join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'pipe' });
}
