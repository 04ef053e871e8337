// Small synchronous file helpers with the durability details the store relies on.
import fs from 'node:fs';

export function writeFully(fd: number, data: Buffer, position: number): void {
  let done = 0;
  while (done < data.length) {
    done += fs.writeSync(fd, data, done, data.length - done, position + done);
  }
}

/** Makes a create/rename/unlink inside `dir` durable. Windows cannot open a directory for this (and its NTFS
 * metadata journal makes it unnecessary); some file systems refuse fsync on directories (EINVAL). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (process.platform !== 'win32' && code !== 'EINVAL' && code !== 'EISDIR') throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function removeIfExists(file: string): void {
  fs.rmSync(file, { force: true });
}
