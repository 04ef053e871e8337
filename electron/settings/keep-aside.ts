// A settings file that cannot be used as it is, is never thrown away: it is kept beside the original as
// <name>.invalid-<time>.json (copied before a repair, moved when unreadable), so the user can get their profiles
// back by hand. ':' is not allowed in Windows file names, hence the dashes in the time.
import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../fix/store/fs-durable.js';

export function asideName(file: string, now: number, attempt = 0): string {
  const ext = path.extname(file);
  const base = file.slice(0, file.length - ext.length);
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  return `${base}.invalid-${stamp}${attempt > 0 ? `-${attempt}` : ''}${ext || '.json'}`;
}

/** Copies or moves `file` aside; returns the new path. Never overwrites an earlier copy. */
export function keepAside(file: string, now: number, how: 'copy' | 'move'): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const target = asideName(file, now, attempt);
    if (fs.existsSync(target)) continue;
    if (how === 'copy') fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
    else fs.renameSync(file, target);
    syncDirectory(path.dirname(file));
    return target;
  }
  throw new Error(`cannot keep ${file} aside: 100 copies with the same time exist`);
}
